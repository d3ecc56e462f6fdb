package com.citydata.bulletin.families.matterintegration;

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
 * The matter-integration family alone on the class path, run as the product runs it (real HTTP on loopback, the
 * embedded QuestDB, PostgreSQL): a collector posts daily JSON points and line protocol, and 附件9, 附件10 and section
 * 二's matter sentence read them.
 */
class MatterIntegrationEndToEndTest {
  private static final String WEEK = "?week=2018-07-20";
  /** The README's example line; its JSON twin is posted after it. */
  private static final String README_LINE = "matter-integration,date=2018-07-18,unit=杭州海关 planned=59i,connected=1i,extra=2i\n";

  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市卫计委", "department", "市卫生计生委"),
        unit("市气象局", "department"),
        unit("市公安局", "department"),
        unit("杭州海关", "company"),
        unit("萧山区", "district"),
        unit("西湖区", "district"),
        unit("市本级", "city"));
    collector = running.collector("matters-1", "matter-integration");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void departmentsAndDistrictsRankApartByRateAndPrintSectionTwo() {
    // 市卫计委 reported last week too; only its latest figures count.
    Api.Response json = running.api.post("/api/v1/ingest/matter-integration", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-13", "市卫生计生委", 24, 20).put("extra", 1))
        .add(point("2018-07-20", "市卫计委", 24, 22).put("extra", 3))
        .add(point("2018-07-16", "市气象局", 2, 2))
        .add(point("2018-07-17", "市公安局", 133, 4))
        .add(point("2018-07-19", "萧山区", 867, 695))
        .add(point("2018-07-19", "西湖区", 478, 234))));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    Api.Response door = running.api.post("/api/v2/write?bucket=matter-integration", collector, "text/plain; charset=utf-8", README_LINE);
    assertThat(door.status()).as(door.body()).isEqualTo(204);

    JsonObject departments = running.api.get("/api/v1/rankings/matter-integration-departments" + WEEK, collector).json();
    assertThat(departments).isEqualTo(table("matter-integration-departments", new JsonArray()
            .add(row(1, "市气象局", 2, 2))
            .add(row(2, "市卫计委", 24, 22))
            .add(row(3, "市公安局", 133, 4))
            .add(row(4, "杭州海关", 59, 1)),
        new JsonObject().put("planned", 218).put("connected", 29).put("rate", 29.0 / 218).put("units", 4).put("extra", 5)));
    JsonObject districts = running.api.get("/api/v1/rankings/matter-integration-districts" + WEEK, collector).json();
    assertThat(districts).isEqualTo(table("matter-integration-districts", new JsonArray()
            .add(row(1, "萧山区", 867, 695))
            .add(row(2, "西湖区", 478, 234)),
        new JsonObject().put("planned", 1345).put("connected", 929).put("rate", 929.0 / 1345).put("units", 2).put("extra", 0)));

    Api.Response twin = running.api.post("/api/v1/ingest/matter-integration", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-18", "杭州海关", 59, 1).put("extra", 2))));
    assertThat(twin.status()).as(twin.body()).isEqualTo(200);
    assertThat(running.api.get("/api/v1/rankings/matter-integration-departments" + WEEK, collector).json()).isEqualTo(departments);

    // Alone on the class path, section 二 is the bulletin's first section and 附件9 and 附件10 its 附件1 and 附件2.
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", collector).body();
    assertThat(markdown)
        .contains("## 一、“一窗受理”平台应用情况")
        .contains("截止7月20日，市本级拟接入事项总数218项，其中已接入事项数29项，接入率13.30%，其他超额接入事项数5项；"
            + "区县（市）拟接入事项总数1345项，已接入事项数929项，接入率69.07%。详情见附件1，附件2。")
        .contains("### 附件 1：市级部门事项接入“一窗受理”平台排名表")
        .contains("| 2 | 市卫计委 | 24 | 22 | 91.67% |")
        .contains("| **总计** |  | **218** | **29** | **13.30%** |")
        .contains("备注：剔除年办件 12 件以下事项（含待确认事项）")
        .contains("### 附件 2：区县（市）事项接入“一窗受理”平台排名表")
        .contains("| **合计** |  | **1345** | **929** | **69.07%** |");
  }

  @Test
  void moreConnectedThanPlannedAndANegativeExtraAreA400NamingBothAndNothingIsStored() {
    JsonObject before = running.api.get("/api/v1/rankings/matter-integration-districts" + WEEK, collector).json();
    Api.Response refused = running.api.post("/api/v1/ingest/matter-integration", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-20", "西湖区", 478, 300))
        .add(point("2018-07-20", "市公安局", 133, 140))
        .add(point("2018-07-20", "萧山区", 867, 700).put("extra", -1))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(
        new JsonObject().put("index", 1).put("field", "connected").put("message", "connected (140) exceeds planned (133)"),
        new JsonObject().put("index", 2).put("field", "extra").put("message", "must be an integer ≥ 0, got -1, which is less than 0"));
    assertThat(running.api.get("/api/v1/rankings/matter-integration-districts" + WEEK, collector).json()).isEqualTo(before);
  }

  /** Neither table ranks the city level: its point would be stored and shown nowhere, so it is refused. */
  @Test
  void theCityLevelIsRefusedNamingItsKind() {
    JsonObject before = running.api.get("/api/v1/rankings/matter-integration-departments" + WEEK, collector).json();
    Api.Response refused = running.api.post("/api/v1/ingest/matter-integration", collector, new JsonObject().put("points",
        new JsonArray().add(point("2018-07-20", "市本级", 946, 270))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(new JsonObject().put("index", 0).put("field", "unit")
        .put("message", "'市本级' is a unit of kind city; the units connecting matters are units of kind company or department or district or special"));
    assertThat(running.api.get("/api/v1/rankings/matter-integration-departments" + WEEK, collector).json()).isEqualTo(before);
  }

  private static JsonObject point(String date, String unit, long planned, long connected) {
    return new JsonObject().put("date", date).put("unit", unit).put("planned", planned).put("connected", connected);
  }

  private static JsonObject table(String name, JsonArray rows, JsonObject total) {
    return new JsonObject().put("table", name)
        .put("window", new JsonObject().put("start", "2018-07-14").put("end", "2018-07-20").put("timezone", "Asia/Shanghai"))
        .put("rows", rows).put("total", total);
  }

  private static JsonObject row(int rank, String unit, long planned, long connected) {
    return new JsonObject().put("rank", rank).put("unit", unit).put("planned", planned).put("connected", connected)
        .put("rate", (double) connected / planned);
  }
}
