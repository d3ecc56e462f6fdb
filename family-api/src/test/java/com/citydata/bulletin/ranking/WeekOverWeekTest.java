package com.citydata.bulletin.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeekOverWeekTest {
  private final WeekOverWeek lastWeek = WeekOverWeek.against(List.of("甲局", "乙局", "丙局"), u -> u,
      u -> Map.of("甲局", 400.0, "乙局", 200.0, "丙局", 0.0).get(u));

  @Test
  void aRowShowsItsAmountPercentAndMoveInTheWholeOrder() {
    assertThat(lastWeek.row("乙局", "weekly", 250, 1)).isEqualTo(new JsonObject().put("new", false)
        .put("weekly", 50L).put("percent", new BigDecimal("25.00")).put("previous_rank", 2).put("rank", 1));
    assertThat(lastWeek.row("甲局", "weekly", 300, 2).getInteger("rank")).isEqualTo(-1);
  }

  @Test
  void nothingLastWeekHasNoPercentAndAnAbsentUnitIsNew() {
    assertThat(lastWeek.row("丙局", "weekly", 10, 3).getValue("percent")).isNull();
    assertThat(lastWeek.row("丁局", "weekly", 10, 4)).isEqualTo(new JsonObject().put("new", true));
    assertThat(lastWeek.total("weekly", 660)).isEqualTo(new JsonObject().put("weekly", 60L).put("percent", new BigDecimal("10.00")));
    assertThat(WeekOverWeek.none().total("weekly", 5).getValue("percent")).isNull();
  }
}
