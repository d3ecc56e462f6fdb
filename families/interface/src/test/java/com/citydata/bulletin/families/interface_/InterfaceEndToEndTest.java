package com.citydata.bulletin.families.interface_;

import static com.citydata.bulletin.testkit.Units.unit;
import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interface family alone on the class path, run as the product runs it (real HTTP on loopback, the embedded
 * QuestDB, PostgreSQL): a collector posts JSON points and line protocol, and 附件3 and section 一's 接口调用情况 read them.
 */
class InterfaceEndToEndTest {
  private static final String WEEK = "?week=2018-07-20";
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市民卡公司", "company", "市民卡"),
        unit("江干区", "district"),
        unit("市城管委", "department"));
    collector = running.collector("calls-1", "interface");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void jsonPointsAndLineProtocolRankTheSystemsAndPrintTheCallSentences() {
    // One system last week, four this week (2018-07-14 to 07-20, Asia/Shanghai).
    Api.Response json = running.api.post("/api/v1/ingest/interface", collector, new JsonObject().put("points", new JsonArray(List.of(
        point("2018-07-10T09:00:00+08:00", "市民卡", "惠民征信系统", 1_000_000),
        point("2018-07-16T09:30:00+08:00", "市民卡", "惠民征信系统", 1_089_000),
        point("2018-07-17T10:00:00+08:00", "江干区", "江干区数据共享平台", 498_000),
        point("2018-07-18T10:00:00+08:00", "市城管委", "人行道违停处理系统", 28_000)))));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    // 江干区's point again (2018-07-17T10:00+08:00 in milliseconds), which replaces rather than adds, and one only
    // sent here (2018-07-19T12:00+08:00).
    Api.Response door = running.api.post("/api/v2/write?bucket=interface&precision=ms", collector, "text/plain; charset=utf-8",
        "interface,unit=江干区,system=江干区数据共享平台 calls=498000i 1531792800000\n"
            + "interface,unit=市民卡公司,system=市民卡APP calls=5000i 1531972800000\n");
    assertThat(door.status()).as(door.body()).isEqualTo(204);

    JsonObject ranking = ranking();
    assertThat(ranking.getJsonArray("rows")).containsExactly(
        row(1, "市民卡公司", "惠民征信系统", 2_089_000, 1_089_000)
            .put("change", new JsonObject().put("new", false).put("weekly", 89_000L).put("percent", 8.9)
                .put("previous_rank", 1).put("rank", 0)),
        row(2, "江干区", "江干区数据共享平台", 498_000, 498_000).put("change", new JsonObject().put("new", true)),
        row(3, "市城管委", "人行道违停处理系统", 28_000, 28_000).put("change", new JsonObject().put("new", true)),
        row(4, "市民卡公司", "市民卡APP", 5_000, 5_000).put("change", new JsonObject().put("new", true)));
    assertThat(ranking.getValue("others")).isNull();
    // Three units own the four systems; last week's 1,000,000 against this week's 1,620,000.
    assertThat(ranking.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 3L).put("systems", 4L)
        .put("cumulative", 2_620_000L).put("weekly", 1_620_000L).put("daily_average", 231_428.57)
        .put("change", new JsonObject().put("weekly", 620_000L).put("percent", 62.0)));

    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", collector).body();
    assertThat(markdown)
        .contains("**1、接口调用情况**：提供3个市级部门、区、县（市）的4个系统调用服务接口，累计服务接口调用量262万次。"
            + "本周服务接口调用162万次，较上周增长62.0%，日均调用量23万次。详情见附件1。")
        .contains("### 附件 1：接口调用排名表")
        .contains("| 1 | 市民卡公司 | 惠民征信系统 | 208.9 | 108.9 | +8.9% |")
        .contains("| **汇总** | **3个部门** | **4个系统** | **262.0** | **162.0** | **+62.0%** |");
  }

  @Test
  void aFractionOfACallIsA400NamingCallsAndStoresNothingOfTheRequest() {
    JsonObject before = ranking();
    Api.Response refused = running.api.post("/api/v1/ingest/interface", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-16T11:00:00+08:00", "市城管委", "数字城管系统", 700))
        .add(new JsonObject().put("time", "2018-07-16T11:00:00+08:00").put("unit", "市城管委").put("system", "数字城管系统")
            .put("calls", 1.5))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(new JsonObject().put("index", 1).put("field", "calls")
        .put("message", "must be an integer ≥ 0, got the fraction 1.5"));
    assertThat(ranking()).isEqualTo(before);
  }

  private static JsonObject ranking() {
    Api.Response response = running.api.get("/api/v1/rankings/interface-calls" + WEEK, collector);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonObject point(String time, String unit, String system, long calls) {
    return new JsonObject().put("time", time).put("unit", unit).put("system", system).put("calls", calls);
  }

  private static JsonObject row(int rank, String unit, String system, long cumulative, long weekly) {
    return new JsonObject().put("rank", rank).put("unit", unit).put("system", system).put("cumulative", cumulative)
        .put("weekly", weekly);
  }
}
