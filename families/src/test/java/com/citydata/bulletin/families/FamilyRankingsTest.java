package com.citydata.bulletin.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.families.dingtalk.DingtalkDay;
import com.citydata.bulletin.families.dingtalk.DingtalkRanking;
import com.citydata.bulletin.families.interfacecalls.InterfaceRanking;
import com.citydata.bulletin.families.interfacecalls.SystemFigures;
import com.citydata.bulletin.families.pagequery.ModuleFigures;
import com.citydata.bulletin.families.pagequery.PageQueryRanking;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FamilyRankingsTest {
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
