package com.citydata.bulletin.families.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DingtalkRankingTest {
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));

  @Test
  void dingtalkRatesDivideTheMeanOverTheDaysReportedByTheLatestRegistered() {
    Instant monday = Instant.parse("2018-07-15T16:00:00Z");
    Instant tuesday = monday.plusSeconds(86_400);
    JsonObject table = DingtalkRanking.table("dingtalk-city", WEEK, List.of(
        new DingtalkDay("钱江新城投资集团", tuesday, 2, 1, 0, OptionalLong.empty()),
        new DingtalkDay("钱江新城投资集团", monday, 2, 1, 1, OptionalLong.of(1)),
        new DingtalkDay("市档案局", monday, 60, 50, 43, OptionalLong.of(50)),
        new DingtalkDay("市档案局", tuesday, 64, 54, 43, OptionalLong.empty())));

    JsonObject first = table.getJsonArray("rows").getJsonObject(0);
    assertThat(first.getString("unit")).isEqualTo("市档案局");
    assertThat(first.getLong("registered")).isEqualTo(64);
    assertThat(first.getLong("activated")).isEqualTo(54);
    assertThat(first.getDouble("daily_active")).isEqualTo(43.0);
    assertThat(first.getDouble("daily_active_rate")).isEqualTo(43.0 / 64);
    assertThat(first.getDouble("activation_rate")).isEqualTo(54.0 / 64);
    JsonObject second = table.getJsonArray("rows").getJsonObject(1);
    assertThat(second.getDouble("daily_active")).isEqualTo(0.5);
    assertThat(second.getDouble("daily_active_rate")).isEqualTo(0.25);
    assertThat(second.getDouble("activation_rate")).isEqualTo(0.5);

    JsonObject total = table.getJsonObject("total");
    assertThat(total.getLong("registered")).isEqualTo(66);
    assertThat(total.getLong("activated")).isEqualTo(55);
    assertThat(total.getDouble("daily_active_rate")).isCloseTo(43.5 / 66, within(1e-12));
    assertThat(total.getLong("weekly_active")).isEqualTo(51);
  }

  @Test
  void dingtalkTiesGoToMoreActivatedThenName() {
    Instant day = Instant.parse("2018-07-19T16:00:00Z");
    JsonObject table = DingtalkRanking.table("dingtalk-city", WEEK, List.of(
        new DingtalkDay("钱江新城投资集团", day, 1, 1, 0, OptionalLong.empty()),
        new DingtalkDay("杭州奥体博览城指挥部", day, 2, 1, 0, OptionalLong.empty()),
        new DingtalkDay("市委台办(市台办)", day, 1, 1, 0, OptionalLong.empty()),
        new DingtalkDay("杭州钱江经济开发区管委会", day, 1, 0, 0, OptionalLong.empty())));

    assertThat(table.getJsonArray("rows").stream().map(r -> ((JsonObject) r).getString("unit")).toList())
        .containsExactly("市委台办(市台办)", "杭州奥体博览城指挥部", "钱江新城投资集团", "杭州钱江经济开发区管委会");
  }
}
