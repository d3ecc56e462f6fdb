package com.citydata.bulletin.families.pagequery;

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
 * The page-query family alone on the class path, run as the product runs it (real HTTP on loopback, the embedded
 * QuestDB, PostgreSQL): a collector posts JSON points and line protocol, and 附件6 and section 一's 页面查询情况 read them.
 */
class PageQueryEndToEndTest {
  private static final String WEEK = "?week=2018-07-20";
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市公安局", "department", "公安局"),
        unit("江干区", "district"),
        unit("富阳区", "district"));
    collector = running.collector("queries-1", "pagequery");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void jsonPointsAndLineProtocolRankTheUnitsAndPrintTheQuerySentence() {
    // Last week 市公安局 visited two modules, one of them never again; this week (2018-07-14 to 07-20) three units,
    // and 户籍信息查询 is a module of two of them.
    Api.Response json = running.api.post("/api/v1/ingest/pagequery", collector, new JsonObject().put("points", new JsonArray(List.of(
        point("2018-07-12T09:00:00+08:00", "市公安局", "户籍信息查询", 5_000),
        point("2018-07-13T10:00:00+08:00", "公安局", "出入境查询", 500),
        point("2018-07-16T09:30:00+08:00", "公安局", "户籍信息查询", 6_000),
        point("2018-07-17T10:00:00+08:00", "市公安局", "车辆信息查询", 1_087),
        point("2018-07-19T12:00:00+08:00", "富阳区", "企业信息查询", 2_813)))));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    // 富阳区's point again (2018-07-19T12:00+08:00 in milliseconds), which replaces rather than adds, and one only
    // sent here (2018-07-18T10:00+08:00).
    Api.Response door = running.api.post("/api/v2/write?bucket=pagequery&precision=ms", collector, "text/plain; charset=utf-8",
        "pagequery,unit=富阳区,module=企业信息查询 visits=2813i 1531972800000\n"
            + "pagequery,unit=江干区,module=户籍信息查询 visits=3206i 1531879200000\n");
    assertThat(door.status()).as(door.body()).isEqualTo(204);

    JsonObject ranking = ranking();
    assertThat(ranking.getJsonArray("rows")).containsExactly(
        row(1, "市公安局", 3, 12_587, 7_087).put("change", new JsonObject().put("new", false).put("weekly", 1_587L)
            .put("percent", 28.85).put("previous_rank", 1).put("rank", 0)),
        row(2, "江干区", 1, 3_206, 3_206).put("change", new JsonObject().put("new", true)),
        row(3, "富阳区", 1, 2_813, 2_813).put("change", new JsonObject().put("new", true)));
    assertThat(ranking.getValue("others")).isNull();
    // Modules by name: three visited this week, four ever (出入境查询 last week only); 5,500 visits last week.
    assertThat(ranking.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 3L).put("modules", 5L)
        .put("cumulative", 18_606L).put("weekly", 13_106L).put("modules_visited", 3L).put("modules_ever_visited", 4L)
        .put("daily_average", 1_872.29).put("change", new JsonObject().put("weekly", 7_606L).put("percent", 138.29)));

    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", collector).body();
    assertThat(markdown)
        .contains("**1、页面查询情况**：目前页面查询累计访问量18,606次。提供3个市级部门和区县（市）查询，累计访问4个模块。"
            + "本周共访问3个模块，访问量13,106次，较上周增长138.3%，日均访问量1,872次。详情见附件1。")
        .contains("### 附件 1：页面查询排名表")
        .contains("| 1 | 市公安局 | 3 | 12587 | 7087 | +28.9% |")
        .contains("| **合计** | **3市级部门、区县** | **5** | **18606** | **13106** | **+138.3%** |");
  }

  @Test
  void visitsAsTextAreA400NamingVisitsAndStoreNothingOfTheRequest() {
    JsonObject before = ranking();
    Api.Response refused = running.api.post("/api/v1/ingest/pagequery", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-16T11:00:00+08:00", "江干区", "社保信息查询", 90))
        .add(new JsonObject().put("time", "2018-07-16T11:00:00+08:00").put("unit", "富阳区").put("module", "社保信息查询")
            .put("visits", "312"))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(new JsonObject().put("index", 1).put("field", "visits")
        .put("message", "must be an integer ≥ 0, got the string \"312\""));
    assertThat(ranking()).isEqualTo(before);
  }

  private static JsonObject ranking() {
    Api.Response response = running.api.get("/api/v1/rankings/pagequery-visits" + WEEK, collector);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonObject point(String time, String unit, String module, long visits) {
    return new JsonObject().put("time", time).put("unit", unit).put("module", module).put("visits", visits);
  }

  private static JsonObject row(int rank, String unit, long modules, long cumulative, long weekly) {
    return new JsonObject().put("rank", rank).put("unit", unit).put("modules", modules).put("cumulative", cumulative)
        .put("weekly", weekly);
  }
}
