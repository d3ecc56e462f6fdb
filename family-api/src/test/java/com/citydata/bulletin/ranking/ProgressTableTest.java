package com.citydata.bulletin.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTableTest {
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));

  @Test
  void unitsByRateTiesInCatalogueOrderAndTheTotalOverTheSums() {
    Catalog catalog = new Catalog(List.of(new Unit("拱墅区", UnitKind.DISTRICT, List.of()), new Unit("淳安县", UnitKind.DISTRICT, List.of()),
        new Unit("江干区", UnitKind.DISTRICT, List.of()), new Unit("西湖区", UnitKind.DISTRICT, List.of())));
    JsonObject table = ProgressTable.table("system-integration", WEEK, catalog, List.of(
        new ProgressTable.Progress("淳安县", 2, 0, 0),
        new ProgressTable.Progress("西湖区", 1, 1, 0),
        new ProgressTable.Progress("拱墅区", 1, 0, 0),
        new ProgressTable.Progress("江干区", 1, 1, 2),
        new ProgressTable.Progress("无计划区", 0, 0, 0)));

    assertThat(table.getJsonArray("rows").stream().map(r -> ((JsonObject) r).getString("unit")))
        .containsExactly("江干区", "西湖区", "拱墅区", "淳安县", "无计划区");
    assertThat(table.getJsonObject("total")).isEqualTo(new JsonObject().put("planned", 5L).put("connected", 2L).put("rate", 0.4)
        .put("units", 5).put("extra", 2L));
  }
}
