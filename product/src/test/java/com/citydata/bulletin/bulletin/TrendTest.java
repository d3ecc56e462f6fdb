package com.citydata.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {
  @Test
  void takesEachWeeksTotalsAndLeavesWeeksWithoutDataEmpty() {
    LocalDate before = LocalDate.of(2018, 7, 13);
    LocalDate week = LocalDate.of(2018, 7, 20);
    JsonObject trend = Trend.of(FamilyRegistry.installed(), List.of(before, week), (table, day) -> day.equals(week)
        ? new JsonObject().put("total", new JsonObject().put("units", 2).put("weekly", 7L).put("cumulative", 9L).put("daily_active_rate", 0.5))
        : new JsonObject().put("total", new JsonObject().put("units", 0)));

    assertThat(trend.getJsonArray("weeks")).isEqualTo(new JsonArray().add("2018-07-13").add("2018-07-20"));
    assertThat(trend.getJsonObject("series").getJsonObject("exchange-collect").getJsonArray("cumulative"))
        .isEqualTo(new JsonArray().addNull().add(9L));
    assertThat(trend.getJsonObject("series").getJsonObject("dingtalk-city").getJsonArray("daily_active_rate"))
        .isEqualTo(new JsonArray().addNull().add(0.5));
  }
}
