package com.citydata.bulletin.families.elicence;

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
 * The e-licence family alone on the class path, run as the product runs it (real HTTP on loopback, the embedded
 * QuestDB, PostgreSQL): a collector posts JSON points and line protocol, and 附件5 reads them.
 */
class ElicenceEndToEndTest {
  private static final String WEEK = "?week=2018-07-20";
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    // Names in an order (国 before 城 before 档) that is not the order of the units' smallest codes (CGW, DAJ, GTJ).
    running.putUnits(unit("市国土局", "department", "国土局"),
        unit("市城管委", "department"),
        unit("市档案局", "department"));
    collector = running.collector("licences-1", "elicence");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void jsonPointsAndLineProtocolListTheCatalogueAndPrintAttachmentFive() {
    // GTJ330401 last week, still 归集中; this week (2018-07-14 to 07-20) it is 已归集, which the table must show.
    Api.Response json = running.api.post("/api/v1/ingest/elicence", collector, new JsonObject().put("points", new JsonArray(List.of(
        point("2018-07-10T09:00:00+08:00", "市国土局", "GTJ330401", "不动产权证书", "归集中", 320_000, 2_500),
        point("2018-07-16T09:30:00+08:00", "市城管委", "CGW330401", "城镇污水排入排水管网许可证", "已归集", 2, 0),
        point("2018-07-17T10:00:00+08:00", "国土局", "GTJ330401", "不动产权证书", "已归集", 6_417, 149),
        point("2018-07-19T12:00:00+08:00", "市国土局", "GTJ330402", "不动产登记证明", "已归集", 18_963, 0)))));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    // GTJ330402 again (2018-07-19T12:00+08:00 in milliseconds), which replaces rather than adds, and one entry only
    // sent here (2018-07-18T10:00+08:00); name and status are string fields.
    Api.Response door = running.api.post("/api/v2/write?bucket=elicence&precision=ms", collector, "text/plain; charset=utf-8",
        "elicence,unit=市国土局,code=GTJ330402 name=\"不动产登记证明\",status=\"已归集\",added=18963i,uses=0i 1531972800000\n"
            + "elicence,unit=市档案局,code=DAJ330401 name=\"档案管理人员培训证书\",status=\"已归集\",added=2138i,uses=7i 1531879200000\n");
    assertThat(door.status()).as(door.body()).isEqualTo(204);

    JsonObject catalogue = catalogue();
    assertThat(catalogue.getJsonArray("rows")).containsExactly(
        entry(1, "市城管委", "CGW330401", "城镇污水排入排水管网许可证", 2, 2, 0),
        entry(2, "市档案局", "DAJ330401", "档案管理人员培训证书", 2_138, 2_138, 7),
        entry(3, "市国土局", "GTJ330401", "不动产权证书", 326_417, 6_417, 2_649),
        entry(3, "市国土局", "GTJ330402", "不动产登记证明", 18_963, 18_963, 0));
    assertThat(catalogue.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 3L).put("entries", 4L)
        .put("stored", 347_520L).put("weekly", 27_520L).put("uses", 2_656L));

    // Without the platform figures (licences_shared) there is no e-licence sentence, only the attachment.
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", collector).body();
    assertThat(markdown)
        .contains("### 附件 1：证照入库使用统计表")
        .contains("| 3 | 市国土局 | GTJ330401 | 不动产权证书 | 已归集 | 326417 | 6417 | 2649 |\n"
            + "|  |  | GTJ330402 | 不动产登记证明 | 已归集 | 18963 | 18963 | 0 |")
        .contains("| **合计** | **3个部门** |  | **4类** |  | **347520** | **27520** | **2656** |")
        .doesNotContain("电子证照和电子批文");
  }

  @Test
  void aCodeOutsideItsPatternIsA400NamingCodeAndStoresNothingOfTheRequest() {
    JsonObject before = catalogue();
    Api.Response refused = running.api.post("/api/v1/ingest/elicence", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-16T11:00:00+08:00", "市档案局", "DAJ330408", "档案专业技术人员继续教育证书", "已归集", 3_423, 0))
        .add(point("2018-07-16T11:00:00+08:00", "市城管委", "城管330402", "城市道路挖掘许可证", "已归集", 5, 0))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(new JsonObject().put("index", 1).put("field", "code")
        .put("message", "does not match the pattern ^[A-Za-z0-9_-]{1,40}$"));
    assertThat(catalogue()).isEqualTo(before);
  }

  private static JsonObject catalogue() {
    Api.Response response = running.api.get("/api/v1/rankings/elicence-catalogue" + WEEK, collector);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonObject point(String time, String unit, String code, String name, String status, long added, long uses) {
    return new JsonObject().put("time", time).put("unit", unit).put("code", code).put("name", name).put("status", status)
        .put("added", added).put("uses", uses);
  }

  private static JsonObject entry(int rank, String unit, String code, String name, long stored, long weekly, long uses) {
    return new JsonObject().put("rank", rank).put("unit", unit).put("code", code).put("name", name).put("status", "已归集")
        .put("stored", stored).put("weekly", weekly).put("uses", uses);
  }
}
