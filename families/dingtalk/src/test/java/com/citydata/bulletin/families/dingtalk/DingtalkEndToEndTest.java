package com.citydata.bulletin.families.dingtalk;

import static com.citydata.bulletin.testkit.Units.unit;
import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dingtalk family alone on the class path, run as the product runs it (real HTTP on loopback, the embedded
 * QuestDB, PostgreSQL): a collector posts daily JSON points and line protocol, and 附件17, 附件18 and section 五 read them.
 */
class DingtalkEndToEndTest {
  private static final String WEEK = "?week=2018-07-20";
  /** The README's example line; its JSON twin is {@link #readmePoint()}. */
  private static final String README_LINE =
      "dingtalk,date=2018-07-16,unit=市公安局 registered=3670i,activated=3566i,active=1877i,weekly_active=2900i\n";

  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市公安局", "department", "公安局"),
        unit("市民政局", "department"),
        unit("杭州市千岛湖原水股份有限公司", "company"),
        unit("余杭区", "district"),
        unit("淳安县", "district"));
    collector = running.collector("dingtalk-1", "dingtalk");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void dailyPointsRankTheCityAndTheDistrictsAgainstLastWeekAndPrintSectionFive() {
    // Last week (07-07 to 07-13) by alias, then this week (07-14 to 07-20, Asia/Shanghai).
    Api.Response json = running.api.post("/api/v1/ingest/dingtalk", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-12", "公安局", 3600, 3500, 1500))
        .add(point("2018-07-13", "余杭区", 21000, 20900, 14000))
        .add(point("2018-07-17", "市公安局", 3670, 3566, 1800))
        .add(point("2018-07-18", "市民政局", 619, 619, 340).put("weekly_active", 500))
        .add(point("2018-07-19", "杭州市千岛湖原水股份有限公司", 2, 2, 2))
        .add(point("2018-07-20", "余杭区", 21121, 21052, 14965).put("weekly_active", 18000))
        .add(point("2018-07-20", "淳安县", 6944, 6823, 4055).put("weekly_active", 5000))));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    Api.Response door = running.api.post("/api/v2/write?bucket=dingtalk", collector, "text/plain; charset=utf-8", README_LINE);
    assertThat(door.status()).as(door.body()).isEqualTo(204);

    // 市公安局: the mean of (1877 + 1800) over its two days; last week it was first of one with 1500.
    JsonObject city = running.api.get("/api/v1/rankings/dingtalk-city" + WEEK, collector).json();
    assertThat(city.getJsonArray("rows")).containsExactly(
        row(1, "杭州市千岛湖原水股份有限公司", 2, 2, 2.0).put("change", new JsonObject().put("new", true)),
        row(2, "市民政局", 619, 619, 340.0).put("change", new JsonObject().put("new", true)),
        row(3, "市公安局", 3670, 3566, 1838.5).put("change", new JsonObject().put("new", false).put("daily_active", 338.5)
            .put("percent", 22.57).put("previous_rank", 1).put("rank", -2)));
    assertThat(city.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 3).put("registered", 4291).put("activated", 4187)
        .put("activation_rate", 4187.0 / 4291).put("daily_active", 2180.5).put("daily_active_rate", 2180.5 / 4291)
        .put("weekly_active", 3400).put("change", new JsonObject().put("daily_active", 680.5).put("percent", 45.37)));

    JsonObject districts = running.api.get("/api/v1/rankings/dingtalk-district" + WEEK, collector).json();
    assertThat(districts.getJsonArray("rows")).containsExactly(
        row(1, "余杭区", 21121, 21052, 14965.0).put("change", new JsonObject().put("new", false).put("daily_active", 965)
            .put("percent", 6.89).put("previous_rank", 1).put("rank", 0)),
        row(2, "淳安县", 6944, 6823, 4055.0).put("change", new JsonObject().put("new", true)));
    assertThat(districts.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 2).put("registered", 28065)
        .put("activated", 27875).put("activation_rate", 27875.0 / 28065).put("daily_active", 19020.0)
        .put("daily_active_rate", 19020.0 / 28065).put("weekly_active", 23000)
        .put("change", new JsonObject().put("daily_active", 5020).put("percent", 35.86)));

    // The same point as JSON has the same date and unit, so it replaces the line's: the mean still runs over two days.
    Api.Response twin = running.api.post("/api/v1/ingest/dingtalk", collector,
        new JsonObject().put("points", new JsonArray().add(readmePoint())));
    assertThat(twin.status()).as(twin.body()).isEqualTo(200);
    assertThat(running.api.get("/api/v1/rankings/dingtalk-city" + WEEK, collector).json()).isEqualTo(city);

    // Alone on the class path, 附件17 and 附件18 are the bulletin's 附件1 and 附件2, and no platform figure overrides the sums.
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", collector).body();
    assertThat(markdown)
        .contains("## 一、政务钉钉情况")
        .contains("截至7月20日,全市注册用户为32356人(激活用户32062人,其中本周活跃用户为26400人),活跃率为81%。"
            + "市本级单位政务钉钉应用情况排名详见附件1。各区县政务钉钉应用情况排名详见附件2。")
        .contains("### 附件 1：市本级单位政务钉钉活跃率排名表")
        .contains("| 3 | 市公安局 | 3670 | 97% | 3566 | 1838 | 50% | +22.6% ↓2 |")
        .contains("### 附件 2：各区县（市）政务钉钉活跃率排名表")
        .contains("| **合计** |  | **28065** | **99%** | **27875** | **19020** | **67%** | **+35.9%** |");
  }

  @Test
  void aPointWhoseActivatedExceedsRegisteredIsA400NamingItAndNothingOfItsRequestIsStored() {
    JsonObject before = running.api.get("/api/v1/rankings/dingtalk-city" + WEEK, collector).json();
    Api.Response refused = running.api.post("/api/v1/ingest/dingtalk", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-19", "市民政局", 619, 619, 600))
        .add(point("2018-07-18", "市公安局", 3670, 4000, 1800))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(new JsonObject()
        .put("index", 1).put("field", "activated").put("message", "activated (4000) exceeds registered (3670)"));
    assertThat(running.api.get("/api/v1/rankings/dingtalk-city" + WEEK, collector).json()).isEqualTo(before);
  }

  private static JsonObject readmePoint() {
    return point("2018-07-16", "市公安局", 3670, 3566, 1877).put("weekly_active", 2900);
  }

  private static JsonObject point(String date, String unit, long registered, long activated, long active) {
    return new JsonObject().put("date", date).put("unit", unit)
        .put("registered", registered).put("activated", activated).put("active", active);
  }

  private static JsonObject row(int rank, String unit, long registered, long activated, double dailyActive) {
    return new JsonObject().put("rank", rank).put("unit", unit).put("registered", registered).put("activated", activated)
        .put("activation_rate", (double) activated / registered).put("daily_active", dailyActive)
        .put("daily_active_rate", dailyActive / registered);
  }
}
