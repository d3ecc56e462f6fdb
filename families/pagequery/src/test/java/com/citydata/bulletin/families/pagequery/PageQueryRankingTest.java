package com.citydata.bulletin.families.pagequery;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageQueryRankingTest {
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));

  @Test
  void pageQueryCountsModulesPerUnitAndVisitedModulesByName() {
    JsonObject table = PageQueryRanking.table("pagequery-visits", WEEK, List.of(
        new ModuleFigures("市公安局", "户籍信息查询", 1_000, 10),
        new ModuleFigures("市公安局", "出入境记录", 500, 0),
        new ModuleFigures("江干区", "户籍信息查询", 300, 7)));

    assertThat(table.getJsonArray("rows").getJsonObject(0)).isEqualTo(new JsonObject().put("rank", 1)
        .put("unit", "市公安局").put("modules", 2L).put("cumulative", 1_500L).put("weekly", 10L)
        .put("change", new JsonObject().put("new", true)));
    JsonObject total = table.getJsonObject("total");
    assertThat(total.getLong("modules")).isEqualTo(3);
    assertThat(total.getLong("modules_visited")).isEqualTo(1);
    assertThat(total.getValue("others")).isNull();
  }
}
