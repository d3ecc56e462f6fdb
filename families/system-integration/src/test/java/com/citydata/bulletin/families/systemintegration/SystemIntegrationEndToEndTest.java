package com.citydata.bulletin.families.systemintegration;

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
 * The system-integration family alone on the class path, run as the product runs it (real HTTP on loopback, the
 * embedded QuestDB, PostgreSQL): a collector posts daily JSON points and line protocol, and 附件8 and section 二's
 * system sentence read them.
 */
class SystemIntegrationEndToEndTest {
  private static final String WEEK = "?week=2018-07-20";
  /** The README's example line; its JSON twin is posted after it. */
  private static final String README_LINE = "system-integration,date=2018-07-19,unit=萧山区 planned=6i,connected=3i\n";

  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市本级", "city", "杭州市本级"),
        unit("江干区", "district"),
        unit("桐庐县", "district"),
        unit("萧山区", "district"),
        unit("市公安局", "department"));
    collector = running.collector("systems-1", "system-integration");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void eachUnitsLatestFiguresUpToTheWindowsEndRankByRateAndPrintSectionTwo() {
    // 市本级 reported last week too; 江干区's figures of 07-22 come after the window's end.
    Api.Response json = running.api.post("/api/v1/ingest/system-integration", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-13", "杭州市本级", 34, 20))
        .add(point("2018-07-20", "市本级", 34, 22))
        .add(point("2018-07-18", "桐庐县", 3, 2))
        .add(point("2018-07-16", "江干区", 1, 1))
        .add(point("2018-07-22", "江干区", 2, 2))));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    Api.Response door = running.api.post("/api/v2/write?bucket=system-integration", collector, "text/plain; charset=utf-8", README_LINE);
    assertThat(door.status()).as(door.body()).isEqualTo(204);

    JsonObject table = running.api.get("/api/v1/rankings/system-integration" + WEEK, collector).json();
    assertThat(table).isEqualTo(new JsonObject()
        .put("table", "system-integration")
        .put("window", new JsonObject().put("start", "2018-07-14").put("end", "2018-07-20").put("timezone", "Asia/Shanghai"))
        .put("rows", new JsonArray()
            .add(row(1, "江干区", 1, 1))
            .add(row(2, "桐庐县", 3, 2))
            .add(row(3, "市本级", 34, 22))
            .add(row(4, "萧山区", 6, 3)))
        .put("total", new JsonObject().put("planned", 44).put("connected", 28).put("rate", 28.0 / 44).put("units", 4))
        .put("city", new JsonObject().put("planned", 34).put("connected", 22).put("rate", 22.0 / 34))
        .put("districts", new JsonObject().put("planned", 10).put("connected", 6).put("rate", 0.6)));

    Api.Response twin = running.api.post("/api/v1/ingest/system-integration", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-19", "萧山区", 6, 3))));
    assertThat(twin.status()).as(twin.body()).isEqualTo(200);
    assertThat(running.api.get("/api/v1/rankings/system-integration" + WEEK, collector).json()).isEqualTo(table);

    // Alone on the class path, section 二 is the bulletin's first section and 附件8 its 附件1.
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", collector).body();
    assertThat(markdown)
        .contains("## 一、“一窗受理”平台应用情况")
        .contains("全市系统数共计44套，目前已接入系统数28套，完成率63.64%，其中杭州市本级共计接入系统数22套，接入率64.71%；"
            + "各区县共计接入系统数6套，接入率60.00%。详情见附件1。")
        .contains("### 附件 1：全市自建业务办理系统接入“一窗平台”统计表")
        .contains("| 2 | 桐庐县 | 3 | 2 | 66.67% |")
        .contains("| **总计** |  | **44** | **28** | **63.64%** |")
        .contains("备注：此表以各单位系统反馈统计，具体系统数以实际调研为准。");
  }

  @Test
  void aDepartmentAndMoreConnectedThanPlannedAreA400NamingBothAndNothingIsStored() {
    JsonObject before = running.api.get("/api/v1/rankings/system-integration" + WEEK, collector).json();
    Api.Response refused = running.api.post("/api/v1/ingest/system-integration", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-20", "萧山区", 6, 6))
        .add(point("2018-07-20", "市公安局", 2, 1))
        .add(point("2018-07-20", "桐庐县", 3, 5))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(
        new JsonObject().put("index", 1).put("field", "unit")
            .put("message", "'市公安局' is a unit of kind department; integrating units are units of kind city or district"),
        new JsonObject().put("index", 2).put("field", "connected").put("message", "connected (5) exceeds planned (3)"));
    assertThat(running.api.get("/api/v1/rankings/system-integration" + WEEK, collector).json()).isEqualTo(before);
  }

  private static JsonObject point(String date, String unit, long planned, long connected) {
    return new JsonObject().put("date", date).put("unit", unit).put("planned", planned).put("connected", connected);
  }

  private static JsonObject row(int rank, String unit, long planned, long connected) {
    return new JsonObject().put("rank", rank).put("unit", unit).put("planned", planned).put("connected", connected)
        .put("rate", (double) connected / planned);
  }
}
