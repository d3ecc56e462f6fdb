package com.citydata.bulletin.families.interface_;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterfaceRankingTest {
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));

  @Test
  void interfaceOthersCountTheUnitsOwningTheOtherSystems() {
    List<SystemFigures> figures = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      figures.add(new SystemFigures("局" + (i % 9), "系统" + i, 100, 50 - i));
    }
    figures.add(new SystemFigures("市审管办", "杭州办事 APP", 41_000, 5_000));
    figures.add(new SystemFigures("市审管办", "市审管办系统", 90_000, 5_000));

    JsonObject table = InterfaceRanking.table("interface-calls", WEEK, figures);

    assertThat(table.getJsonArray("rows")).hasSize(10);
    assertThat(table.getJsonArray("rows").getJsonObject(0)).isEqualTo(new JsonObject().put("rank", 1)
        .put("unit", "市审管办").put("system", "市审管办系统").put("cumulative", 90_000L).put("weekly", 5_000L)
        .put("change", new JsonObject().put("new", true)));
    assertThat(table.getJsonObject("others").getInteger("systems")).isEqualTo(3);
    // 系统10 and 系统9 are owned by 局1 and 局0, which also own systems in the rows; 系统8 by 局8.
    assertThat(table.getJsonObject("others").getInteger("units")).isEqualTo(3);
    assertThat(table.getJsonObject("total").getInteger("units")).isEqualTo(10);
    assertThat(table.getJsonObject("total").getInteger("systems")).isEqualTo(13);
  }
}
