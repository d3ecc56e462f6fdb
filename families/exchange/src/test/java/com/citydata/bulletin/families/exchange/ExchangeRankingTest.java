package com.citydata.bulletin.families.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExchangeRankingTest {
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));

  @Test
  void tiesGoToTheLargerCumulativeThenToTheName() {
    Catalog catalog = catalog("乙局", "甲局", "丙局");
    JsonObject table = ExchangeRanking.table("exchange-collect", WEEK, catalog, List.of(
        new ExchangeFigures("乙局", 500, 10, 1, 1),
        new ExchangeFigures("甲局", 500, 10, 1, 1),
        new ExchangeFigures("丙局", 900, 10, 1, 1)));

    assertThat(table.getJsonArray("rows").stream().map(r -> ((JsonObject) r).getString("unit")).toList())
        // Names compare by code point: 乙 (U+4E59) before 甲 (U+7532).
        .containsExactly("丙局", "乙局", "甲局");
    assertThat(table.getValue("others")).isNull();
  }

  @Test
  void beyondTheTopTenTheRestIsSummedUnderTheFirstOfThem() {
    List<String> names = IntStream.rangeClosed(1, 13).mapToObj(i -> "局" + (char) ('A' + i)).toList();
    List<ExchangeFigures> figures = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      figures.add(new ExchangeFigures(names.get(i), 1000, 100 - i, 2, 3));
    }
    JsonObject table = ExchangeRanking.table("exchange-push", WEEK, catalog(names.toArray(String[]::new)), figures);

    assertThat(table.getJsonArray("rows")).hasSize(10);
    assertThat(table.getJsonArray("rows").getJsonObject(9).getInteger("rank")).isEqualTo(10);
    assertThat(table.getJsonObject("others")).isEqualTo(new JsonObject()
        .put("tables", 6L).put("fields", 9L).put("cumulative", 3000L).put("weekly", 90L + 89 + 88)
        .put("label", names.get(10) + "等其他部门").put("units", 3));
  }

  @Test
  void specialSourcesStandApartInCatalogOrderButCountInTheTotal() {
    Catalog catalog = new Catalog(List.of(
        new Unit("电子证照、接口调用等数据", UnitKind.SPECIAL, List.of()),
        new Unit("市公安局", UnitKind.DEPARTMENT, List.of()),
        new Unit("城市数据大脑", UnitKind.SPECIAL, List.of())));
    JsonObject table = ExchangeRanking.table("exchange-collect", WEEK, catalog, List.of(
        new ExchangeFigures("城市数据大脑", 34_132_942_000L, 105_352_000, 41, 501),
        new ExchangeFigures("市公安局", 152_625_000, 0, 38, 477),
        new ExchangeFigures("电子证照、接口调用等数据", 2_797_113_000L, 217_324_000, 3034, 45313)));

    assertThat(table.getJsonArray("rows")).hasSize(1);
    assertThat(table.getJsonArray("special").stream().map(s -> ((JsonObject) s).getString("unit")).toList())
        .containsExactly("电子证照、接口调用等数据", "城市数据大脑");
    JsonObject total = table.getJsonObject("total");
    assertThat(total.getInteger("units")).isEqualTo(3);
    assertThat(total.getInteger("active_units")).isEqualTo(2);
    assertThat(total.getLong("tables")).isEqualTo(41 + 38 + 3034);
    assertThat(total.getLong("weekly")).isEqualTo(322_676_000L);
    assertThat(total.getValue("daily_average").toString()).isEqualTo("46096571.43");
  }

  @Test
  void anEmptyWeekHasEmptyRowsAndZeroTotals() {
    JsonObject table = ExchangeRanking.table("exchange-collect", WEEK, catalog(), List.of());
    assertThat(table.getJsonArray("rows")).isEmpty();
    assertThat(table.getJsonObject("total").getInteger("units")).isZero();
    assertThat(table.getJsonObject("total").getLong("weekly")).isZero();
  }

  private static Catalog catalog(String... names) {
    return new Catalog(java.util.Arrays.stream(names).map(n -> new Unit(n, UnitKind.DEPARTMENT, List.of())).toList());
  }
}
