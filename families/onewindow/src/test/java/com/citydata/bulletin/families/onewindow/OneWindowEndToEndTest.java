package com.citydata.bulletin.families.onewindow;

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
 * The onewindow and joint-process families alone on the class path, run as the product runs them (real HTTP on
 * loopback, the embedded QuestDB, PostgreSQL): collectors post JSON points and line protocol to both, and 附件7 and
 * section 二's first paragraph read them.
 */
class OneWindowEndToEndTest {
  private static final String WEEK = "?week=2018-07-20";
  /** The README's example lines, 2018-07-18T12:00 and 2018-07-17T12:00 Asia/Shanghai in milliseconds. */
  private static final String REGION_LINE =
      "onewindow,region=江干区 matters=71i,offices=17i,cases=3700i,online_cases=3196i,accepted=3600i,completed=3000i 1531886400000\n";
  private static final String JOINT_LINE = "joint-process,process=不动产登记联办系统 applied=537i,accepted=537i,completed=521i 1531800000000\n";

  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市本级", "city", "杭州市本级"),
        unit("西湖区", "district"),
        unit("江干区", "district"),
        unit("滨江区", "district"),
        unit("市卫计委", "department"));
    collector = running.collector("onewindow-1", "onewindow", "joint-process");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void regionsAndJointProcessesAddUpToTheWindowsEndAndPrintSectionTwo() {
    // Cases are increments summed from the first report; 滨江区 reports only after the window's end.
    Api.Response regions = running.api.post("/api/v1/ingest/onewindow", collector, new JsonObject().put("points", new JsonArray()
        .add(region("2018-07-10T09:00:00+08:00", "杭州市本级", 350, 1, 7000, 6800, 6500, 6000))
        .add(region("2018-07-16T09:30:00+08:00", "市本级", 358, 1, 760, 688, 600, 500))
        .add(region("2018-07-17T10:00:00+08:00", "西湖区", 91, 172, 7129, 3187, 7000, 6000))
        .add(region("2018-07-22T09:00:00+08:00", "滨江区", 60, 3, 1679, 1263, 1600, 1500))));
    assertThat(regions.status()).as(regions.body()).isEqualTo(200);
    Api.Response joint = running.api.post("/api/v1/ingest/joint-process", collector, new JsonObject().put("points", new JsonArray()
        .add(process("2018-07-09T09:00:00+08:00", "商事登记“证照联办”", 22_000, 19_000, 13_000))
        .add(process("2018-07-16T09:30:00+08:00", "商事登记“证照联办”", 868, 966, 364))));
    assertThat(joint.status()).as(joint.body()).isEqualTo(200);
    assertThat(write("onewindow", REGION_LINE).status()).isEqualTo(204);
    assertThat(write("joint-process", JOINT_LINE).status()).isEqualTo(204);

    JsonObject table = running.api.get("/api/v1/rankings/onewindow-regions" + WEEK, collector).json();
    assertThat(table).isEqualTo(new JsonObject()
        .put("table", "onewindow-regions")
        .put("window", new JsonObject().put("start", "2018-07-14").put("end", "2018-07-20").put("timezone", "Asia/Shanghai"))
        .put("rows", new JsonArray()
            .add(row(1, "市本级", 358, 1, 7760, 7488))
            .add(row(2, "江干区", 71, 17, 3700, 3196))
            .add(row(3, "西湖区", 91, 172, 7129, 3187)))
        .put("total", new JsonObject().put("units", 3).put("matters", 520).put("offices", 190).put("cases", 18_589)
            .put("online_cases", 13_871).put("online_rate", 13_871.0 / 18_589).put("accepted", 17_700).put("completed", 15_500))
        .put("coverage", new JsonObject().put("regions_live", 3).put("regions", 4))
        .put("joint", new JsonArray()
            .add(new JsonObject().put("process", "商事登记“证照联办”").put("applied", 22_868).put("accepted", 19_966).put("completed", 13_364))
            .add(new JsonObject().put("process", "不动产登记联办系统").put("applied", 537).put("accepted", 537).put("completed", 521))));

    // The lines' JSON twins have the same time and key, so they replace them: no count doubles.
    Api.Response regionTwin = running.api.post("/api/v1/ingest/onewindow", collector, new JsonObject().put("points", new JsonArray()
        .add(region("2018-07-18T12:00:00+08:00", "江干区", 71, 17, 3700, 3196, 3600, 3000))));
    assertThat(regionTwin.status()).as(regionTwin.body()).isEqualTo(200);
    Api.Response jointTwin = running.api.post("/api/v1/ingest/joint-process", collector, new JsonObject().put("points", new JsonArray()
        .add(process("2018-07-17T12:00:00+08:00", "不动产登记联办系统", 537, 537, 521))));
    assertThat(jointTwin.status()).as(jointTwin.body()).isEqualTo(200);
    assertThat(running.api.get("/api/v1/rankings/onewindow-regions" + WEEK, collector).json()).isEqualTo(table);

    // Alone on the class path, section 二 is the bulletin's first section and 附件7 its 附件1.
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", collector).body();
    assertThat(markdown)
        .contains("## 一、“一窗受理”平台应用情况")
        .contains("目前杭州“一窗受理”平台已经在3个行政区划启用，行政区划覆盖率达到75%，截止7月20日，全市在办事项数520个，设置办理点190个，"
            + "累计办件量18589件（网上办件量13871件），受理17700件，办结15500件。其中，通过商事登记“证照联办”申请22868件，受理19966件，办结13364件；"
            + "通过不动产登记联办系统申请537件，受理537件，办结521件。详情见附件1。")
        .contains("### 附件 1：“一窗受理”平台各区、县（市）应用情况")
        .contains("| 1 | 市本级 | 358 | 1 | 7760 | 7488 | 96.49% |")
        .contains("| **合计** |  | **520** | **190** | **18589** | **13871** | **74.62%** |")
        .contains("注：剔除第三方系统反推的办件量。");
  }

  @Test
  void aDepartmentAsRegionAndMoreOnlineCasesThanCasesAreA400NamingBothAndNothingIsStored() {
    JsonObject before = running.api.get("/api/v1/rankings/onewindow-regions" + WEEK, collector).json();
    Api.Response refused = running.api.post("/api/v1/ingest/onewindow", collector, new JsonObject().put("points", new JsonArray()
        .add(region("2018-07-19T10:00:00+08:00", "西湖区", 91, 172, 100, 90, 100, 90))
        .add(region("2018-07-19T10:00:00+08:00", "市卫计委", 24, 1, 10, 5, 10, 5))
        .add(region("2018-07-19T11:00:00+08:00", "江干区", 71, 17, 5, 10, 5, 5))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(
        new JsonObject().put("index", 1).put("field", "region")
            .put("message", "'市卫计委' is a unit of kind department; one-window regions are units of kind city or district"),
        new JsonObject().put("index", 2).put("field", "online_cases").put("message", "online_cases (10) exceeds cases (5)"));
    assertThat(running.api.get("/api/v1/rankings/onewindow-regions" + WEEK, collector).json()).isEqualTo(before);
  }

  private static Api.Response write(String bucket, String lines) {
    return running.api.post("/api/v2/write?bucket=" + bucket + "&precision=ms", collector, "text/plain; charset=utf-8", lines);
  }

  private static JsonObject region(String time, String region, long matters, long offices, long cases, long online, long accepted,
      long completed) {
    return new JsonObject().put("time", time).put("region", region).put("matters", matters).put("offices", offices)
        .put("cases", cases).put("online_cases", online).put("accepted", accepted).put("completed", completed);
  }

  private static JsonObject process(String time, String process, long applied, long accepted, long completed) {
    return new JsonObject().put("time", time).put("process", process).put("applied", applied).put("accepted", accepted)
        .put("completed", completed);
  }

  private static JsonObject row(int rank, String unit, long matters, long offices, long cases, long online) {
    return new JsonObject().put("rank", rank).put("unit", unit).put("matters", matters).put("offices", offices).put("cases", cases)
        .put("online_cases", online).put("online_rate", (double) online / cases);
  }
}
