package com.citydata.bulletin.platform;

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
 * The city-brain lists as an editor keeps them: a week's list replaces that week's, the table shows the latest on
 * or before the bulletin day, and a bad list is refused whole.
 */
class BrainListsTest {
  private static RunningPlatform running;
  private static String reader;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市交通局").put("kind", "department").put("aliases", new JsonArray().add("交通局")))
        .add(new JsonObject().put("name", "市气象局").put("kind", "department"))
        .add(new JsonObject().put("name", "市建委").put("kind", "department"))));
    reader = running.api.collector(RunningPlatform.ADMIN, "office", "exchange");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static JsonObject pilot(String unit, int progress) {
    return new JsonObject().put("unit", unit).put("progress", progress).put("summary", unit + "：完成数据库连通性测试");
  }

  private static Api.Response pilots(String date, JsonObject... items) {
    return running.api.put("/api/v1/records/brain-pilots/" + date, RunningPlatform.ADMIN, new JsonObject().put("items", new JsonArray(List.of((Object[]) items))));
  }

  private static List<String> rows(String table, String week) {
    return running.api.get("/api/v1/rankings/" + table + "?week=" + week, reader).json().getJsonArray("rows").stream()
        .map(r -> ((JsonObject) r).getString("unit") + (((JsonObject) r).containsKey("progress") ? " " + ((JsonObject) r).getLong("progress") : ""))
        .toList();
  }

  @Test
  void aWeeksListReplacesThatWeeksAndTheLatestOnOrBeforeTheDayIsShown() {
    assertThat(pilots("2018-07-13", pilot("市建委", 50), pilot("交通局", 55), pilot("市气象局", 50)).status()).isEqualTo(200);
    assertThat(pilots("2018-07-20", pilot("市建委", 40)).status()).isEqualTo(200);
    assertThat(pilots("2018-07-20", pilot("市建委", 50), pilot("交通局", 55), pilot("市气象局", 80)).status()).isEqualTo(200);

    assertThat(rows("brain-pilots", "2018-07-20")).containsExactly("市气象局 80", "市交通局 55", "市建委 50");
    // By progress; 市气象局 and 市建委 tie at 50 and keep the catalogue's order.
    assertThat(rows("brain-pilots", "2018-07-19")).containsExactly("市交通局 55", "市气象局 50", "市建委 50");
    assertThat(rows("brain-pilots", "2018-07-06")).isEmpty();

    assertThat(running.api.put("/api/v1/records/brain-needs/2018-07-20", RunningPlatform.ADMIN, new JsonObject().put("items", new JsonArray()
        .add(new JsonObject().put("unit", "交通局").put("applications", "").put("needs", "存储交通局历史数据"))
        .add(new JsonObject().put("unit", "市气象局").put("applications", "无").put("needs", "“为农服务”相关应用")))).status()).isEqualTo(200);
    assertThat(rows("brain-needs", "2018-07-20")).containsExactly("市交通局", "市气象局");
    JsonObject bulletin = running.api.get("/api/v1/bulletins/2018-07-20", reader).json();
    assertThat(bulletin.getJsonArray("sections").getJsonObject(0).getJsonArray("paragraphs").stream().map(p -> ((JsonObject) p).getString("text")))
        .containsExactly("详情见附件1。", "大脑平台各单位应用需求：截止7月20日，经过前期调研目前有市交通局、市气象局2家单位提出应用需求。详情见附件2。");
  }

  @Test
  void aBadListIsRefusedWholeAndTheWeeksListStays() {
    assertThat(pilots("2018-08-03", pilot("市建委", 20)).status()).isEqualTo(200);
    Api.Response outOfRange = pilots("2018-08-03", pilot("市建委", 101));
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.json().getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("progress");
    Api.Response response = pilots("2018-08-03", pilot("市建委", 10), pilot("市不存在局", 5), pilot("市气象局", 5), pilot("市气象局", 6));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("details").stream().map(d -> ((JsonObject) d).getInteger("index") + " "
        + ((JsonObject) d).getString("field"))).containsExactly("1 unit", "3 unit");
    assertThat(rows("brain-pilots", "2018-08-03")).containsExactly("市建委 20");
    // Only the admin keeps the lists.
    String collector = running.api.collector(RunningPlatform.ADMIN, "etl", "brain-pilots");
    assertThat(running.api.put("/api/v1/records/brain-pilots/2018-08-03", collector, new JsonObject().put("items", new JsonArray().add(pilot("市建委", 30))))
        .status()).isEqualTo(403);
  }
}
