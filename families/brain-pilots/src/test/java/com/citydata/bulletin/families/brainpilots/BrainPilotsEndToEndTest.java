package com.citydata.bulletin.families.brainpilots;

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
 * The brain-pilots family alone on the class path, run as the product runs it (real HTTP on loopback, PostgreSQL):
 * an editor replaces a week's pilot list, and the table and the bulletin's 附件 read it.
 */
class BrainPilotsEndToEndTest {
  private static RunningPlatform running;
  private static String reader;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    // 市建委 before 市城管委 here, the reverse of their order as keys and as the editor lists them, so a tie at one
    // progress shows which order breaks it.
    running.putUnits(unit("市气象局", "department"),
        unit("市交通局", "department", "交通局"),
        unit("市建委", "department"),
        unit("市城管委", "department"),
        unit("市公交集团", "department"));
    reader = running.collector("office", "brain-pilots");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void theWeeksListIsRankedByProgressAndPrintedAsItsAttachment() {
    assertThat(pilots("2018-07-13", pilot("市公交集团", 50, "开始进行公交 GPS 数据归集技术对接")).status()).isEqualTo(200);
    assertThat(pilots("2018-07-20", pilot("市公交集团", 60, "完成公交 GPS 数据归集")).status()).isEqualTo(200);
    // The second list of the day replaces the first whole: 市公交集团 is not in it.
    assertThat(pilots("2018-07-20",
        pilot("市城管委", 35, "完成数据库连通性测试；配置抽取任务"),
        pilot("交通局", 55, "进行智能目录分析"),
        pilot("市建委", 35, "完成数据库连通性测试"),
        pilot("市气象局", 80, "完成预报数据归集；完成实况数据归集")).status()).isEqualTo(200);

    JsonObject table = running.api.get("/api/v1/rankings/brain-pilots?week=2018-07-20", reader).json();
    assertThat(table.getJsonArray("rows")).containsExactly(
        row(1, "市气象局", 80, "完成预报数据归集；完成实况数据归集"),
        row(2, "市交通局", 55, "进行智能目录分析"),
        row(3, "市建委", 35, "完成数据库连通性测试"),
        row(4, "市城管委", 35, "完成数据库连通性测试；配置抽取任务"));
    assertThat(table.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 4).put("date", "2018-07-20"));
    // A week without its own list shows the latest before it.
    JsonObject earlier = running.api.get("/api/v1/rankings/brain-pilots?week=2018-07-19", reader).json();
    assertThat(earlier.getJsonArray("rows")).containsExactly(row(1, "市公交集团", 50, "开始进行公交 GPS 数据归集技术对接"));
    assertThat(earlier.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 1).put("date", "2018-07-13"));

    // Alone, the family's section is the bulletin's first and its attachment 附件1; the progress itself is told by
    // the editors' notes, so the section prints only the reference.
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", reader).body();
    assertThat(markdown).contains("## 一、杭州城市数据大脑平台建设情况\n\n详情见附件1。\n")
        .contains("附件：1. 城市数据大脑平台试点单位接入情况")
        .contains("### 附件 1：城市数据大脑平台试点单位接入情况\n\n"
            + "| 序号 | 单位名称 | 进度 | 概况 |\n"
            + "| --- | --- | --- | --- |\n"
            + "| 1 | 市气象局 | 80% | 完成预报数据归集；完成实况数据归集 |\n"
            + "| 2 | 市交通局 | 55% | 进行智能目录分析 |\n"
            + "| 3 | 市建委 | 35% | 完成数据库连通性测试 |\n"
            + "| 4 | 市城管委 | 35% | 完成数据库连通性测试；配置抽取任务 |\n");
  }

  @Test
  void aBadListIsRefusedWithEveryBadItemNamedAndTheWeeksListStays() {
    assertThat(pilots("2018-07-27", pilot("市建委", 40, "配置抽取任务")).status()).isEqualTo(200);
    Api.Response refused = pilots("2018-07-27",
        pilot("市建委", 50, "完成抽取任务"),
        new JsonObject().put("unit", "市气象局").put("progress", "90%").put("summary", "完成实况数据归集"),
        pilot("市交通局", 60, "完成交通治堵项目需求数据归集").put("remark", "市地铁集团网络与政务网不通"),
        pilot("市城管委", 35, ""));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(
        new JsonObject().put("index", 1).put("field", "progress").put("message", "Instance type string is invalid. Expected integer"),
        new JsonObject().put("index", 2).put("field", "remark").put("message", "unknown field"),
        new JsonObject().put("index", 3).put("field", "summary").put("message", "String is too short (0 < 1)"));
    JsonObject table = running.api.get("/api/v1/rankings/brain-pilots?week=2018-07-27", reader).json();
    assertThat(table.getJsonArray("rows")).containsExactly(row(1, "市建委", 40, "配置抽取任务"));
    assertThat(table.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 1).put("date", "2018-07-27"));
  }

  private static Api.Response pilots(String date, JsonObject... items) {
    return running.api.put("/api/v1/records/brain-pilots/" + date, RunningPlatform.ADMIN,
        new JsonObject().put("items", new JsonArray(List.of((Object[]) items))));
  }

  private static JsonObject pilot(String unit, int progress, String summary) {
    return new JsonObject().put("unit", unit).put("progress", progress).put("summary", summary);
  }

  private static JsonObject row(int rank, String unit, long progress, String summary) {
    return new JsonObject().put("rank", rank).put("unit", unit).put("progress", progress).put("summary", summary);
  }
}
