package com.citydata.bulletin.families.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.series.WindowRow;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneWindowRankingTest {
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));
  private final Catalog catalog = new Catalog(List.of(
      new Unit("西湖区", UnitKind.DISTRICT, List.of()),
      new Unit("市本级", UnitKind.CITY, List.of()),
      new Unit("江干区", UnitKind.DISTRICT, List.of()),
      new Unit("市卫计委", UnitKind.DEPARTMENT, List.of()),
      new Unit("从不报送区", UnitKind.DISTRICT, List.of())));

  private static WindowRow region(String unit, long cases, long online) {
    return new WindowRow(List.of(unit), Map.of("cases", cases, "online_cases", online, "accepted", cases, "completed", online),
        Map.of(), Map.of("matters", 10L, "offices", 1L), Instant.EPOCH);
  }

  private static WindowRow joint(String process, Instant first) {
    return new WindowRow(List.of(process), Map.of("applied", 5L, "accepted", 4L, "completed", 3L), Map.of(), Map.of(), first);
  }

  @Test
  void regionsByOnlineRateThenCasesThenCatalogueWithCoverageAndJointProcessesInTheOrderFirstReported() {
    JsonObject table = OneWindowRanking.table("onewindow-regions", WEEK, catalog,
        List.of(region("江干区", 100, 50), region("西湖区", 200, 100), region("市本级", 10, 9)),
        List.of(joint("证照联办", Instant.parse("2018-07-02T00:00:00Z")), joint("不动产登记联办", Instant.parse("2018-06-01T00:00:00Z"))));

    assertThat(table.getJsonArray("rows").stream().map(r -> ((JsonObject) r).getString("unit"))).containsExactly("市本级", "西湖区", "江干区");
    assertThat(table.getJsonObject("total").getDouble("online_rate")).isEqualTo(159.0 / 310);
    assertThat(table.getJsonObject("coverage")).isEqualTo(new JsonObject().put("regions_live", 3).put("regions", 4L));
    assertThat(table.getJsonArray("joint").stream().map(j -> ((JsonObject) j).getString("process"))).containsExactly("不动产登记联办", "证照联办");
  }

  @Test
  void aRegionWithoutCasesHasNoOnlineRate() {
    JsonObject table = OneWindowRanking.table("onewindow-regions", WEEK, catalog, List.of(region("江干区", 0, 0)), List.of());
    assertThat(table.getJsonArray("rows").getJsonObject(0).getDouble("online_rate")).isZero();
    assertThat(table.getJsonArray("joint")).isEmpty();
  }
}
