package com.citydata.bulletin.families.eseal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.Batch;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ranking.WeekOverWeek;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EsealRankingTest {
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));
  private final Catalog catalog = new Catalog(List.of(
      new Unit("滨江区", UnitKind.DISTRICT, List.of()),
      new Unit("市公安局", UnitKind.DEPARTMENT, List.of()),
      new Unit("杭州市本级", UnitKind.CITY, List.of("市本级")),
      new Unit("淳安县", UnitKind.DISTRICT, List.of())));

  @Test
  void regionsListTheCityFirstThenCatalogueOrderAndCountSealsThatNeverStamped() {
    List<SealFigures> seals = List.of(
        new SealFigures("淳安县", "淳安县政府", 36_405, 100),
        new SealFigures("滨江区", "滨江区政府", 6_225, 0),
        new SealFigures("滨江区", "滨江区备用章", 0, 0),
        new SealFigures("杭州市本级", "杭州市教育局", 361_290, 900),
        new SealFigures("杭州市本级", "杭州市未用章", 0, 0));

    JsonObject table = EsealRanking.regionTable("eseal-regions", WEEK, catalog, seals, WeekOverWeek.none());

    assertThat(table.getJsonArray("rows").stream().map(r -> ((JsonObject) r).getString("unit")).toList())
        .containsExactly("杭州市本级", "滨江区", "淳安县");
    assertThat(table.getJsonArray("rows").getJsonObject(1).getLong("seals")).isEqualTo(2);
    JsonObject total = table.getJsonObject("total");
    assertThat(List.of(total.getLong("units"), total.getLong("seals"), total.getLong("stamps"), total.getLong("weekly")))
        .containsExactly(3L, 5L, 403_920L, 1_000L);
    assertThat(table.containsKey("others")).isFalse();
  }

  @Test
  void citySealsAreThoseThatStampedByStampsThenName() {
    List<SealFigures> seals = List.of(
        new SealFigures("杭州市本级", "乙章", 5, 0),
        new SealFigures("杭州市本级", "甲章", 5, 1),
        new SealFigures("杭州市本级", "未用章", 0, 0),
        new SealFigures("杭州市本级", "大章", 1_272_395, 30),
        new SealFigures("淳安县", "淳安县政府", 36_405, 100));

    JsonObject table = EsealRanking.citySealTable("eseal-city-seals", WEEK, catalog, seals, WeekOverWeek.none());

    assertThat(table.getJsonArray("rows").stream().map(r -> ((JsonObject) r).getString("seal")).toList())
        .containsExactly("大章", "乙章", "甲章");
    assertThat(table.getJsonObject("total").getLong("stamps")).isEqualTo(1_272_405);
    assertThat(table.getJsonObject("total").getLong("seals")).isEqualTo(3);
  }

  @Test
  void aRegionMustBeTheCityOrADistrict() {
    IngestContext context = new IngestContext(catalog, Instant.parse("2018-07-20T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    JsonArray points = new JsonArray()
        .add(new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("region", "市本级").put("seal", "杭州市教育局").put("stamps", 0))
        .add(new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("region", "市公安局").put("seal", "章").put("stamps", 1));

    assertThatThrownBy(() -> new EsealFamily().parse(points, context))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.details()).containsExactly(
            new FieldError(1, "region", "'市公安局' is a unit of kind department; e-seal regions are units of kind city or district")));
    Batch.Series stored = (Batch.Series) new EsealFamily().parse(new JsonArray().add(points.getValue(0)), context);
    assertThat(stored.lines().lines().toString().lines()).containsExactlyElementsOf(List.of(
        "eseal_stamps,region=杭州市本级,seal=杭州市教育局 stamps=0i 1531704600000"));
  }
}
