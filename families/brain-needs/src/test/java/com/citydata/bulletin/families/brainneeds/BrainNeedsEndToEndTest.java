package com.citydata.bulletin.families.brainneeds;

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
 * The brain-needs family alone on the class path, run as the product runs it (real HTTP on loopback, PostgreSQL):
 * an editor replaces a week's list of units with needs, and the table, section 三's sentence and its 附件 read it.
 */
class BrainNeedsEndToEndTest {
  private static RunningPlatform running;
  private static String reader;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市交通运输局", "department", "交通局"),
        unit("市城管委", "department"),
        unit("市气象局", "department"),
        unit("市安监局", "department"));
    reader = running.collector("office", "brain-needs");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void theWeeksListKeepsTheEditorsOrderAndIsNamedInSectionThree() {
    // Neither the catalogue's order nor the units' as keys: the bulletin names them as the editor lists them.
    assertThat(needs("2018-07-20",
        need("市气象局", "无", "开展一些“为农服务”相关应用"),
        need("市安监局", "构建“智慧安全杭州”", ""),
        need("交通局", "", "存储交通局历史数据")).status()).isEqualTo(200);

    JsonObject table = running.api.get("/api/v1/rankings/brain-needs?week=2018-07-20", reader).json();
    assertThat(table.getJsonArray("rows")).containsExactly(
        need("市气象局", "无", "开展一些“为农服务”相关应用"),
        need("市安监局", "构建“智慧安全杭州”", ""),
        need("市交通运输局", "", "存储交通局历史数据"));
    assertThat(table.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 3));

    // Alone, the family's section is the bulletin's first and its attachment 附件1.
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", reader).body();
    assertThat(markdown).contains("## 一、杭州城市数据大脑平台建设情况\n\n"
            + "大脑平台各单位应用需求：截止7月20日，经过前期调研目前有市气象局、市安监局、市交通运输局3家单位提出应用需求。详情见附件1。\n")
        .contains("附件：1. 城市数据大脑平台需求应用情况")
        .contains("### 附件 1：城市数据大脑平台需求应用情况\n\n"
            + "| 单位 | 规划中大数据应用 | 对平台的需求 |\n"
            + "| --- | --- | --- |\n"
            + "| 市气象局 | 无 | 开展一些“为农服务”相关应用 |\n"
            + "| 市安监局 | 构建“智慧安全杭州” |  |\n"
            + "| 市交通运输局 |  | 存储交通局历史数据 |\n");
  }

  @Test
  void aBadListIsRefusedWithEveryBadItemNamedAndTheWeeksListStays() {
    assertThat(needs("2018-07-27", need("市城管委", "共享单车管理", "")).status()).isEqualTo(200);
    // A unit the catalogue does not know, and the alias of a unit already listed.
    Api.Response refused = needs("2018-07-27",
        need("市交通运输局", "", "存储交通局历史数据"),
        need("市旅委", "无", "需移动数据、铁路数据"),
        need("交通局", "", "交通治堵项目需其他单位相关数据"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(
        new JsonObject().put("index", 1).put("field", "unit").put("message", "unknown unit '市旅委'; add it or an alias to the catalog first"),
        new JsonObject().put("index", 2).put("field", "unit").put("message", "'市交通运输局' is listed twice"));
    JsonObject table = running.api.get("/api/v1/rankings/brain-needs?week=2018-07-27", reader).json();
    assertThat(table.getJsonArray("rows")).containsExactly(need("市城管委", "共享单车管理", ""));
  }

  private static Api.Response needs(String date, JsonObject... items) {
    return running.api.put("/api/v1/records/brain-needs/" + date, RunningPlatform.ADMIN,
        new JsonObject().put("items", new JsonArray(List.of((Object[]) items))));
  }

  private static JsonObject need(String unit, String applications, String needs) {
    return new JsonObject().put("unit", unit).put("applications", applications).put("needs", needs);
  }
}
