package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad points of the one-window, joint-process and integration families get their 400 and change no table. */
class SectionTwoIngestErrorsTest {
  private static final List<String> TABLES = List.of("onewindow-regions", "system-integration", "matter-integration-departments",
      "matter-integration-districts");
  private static RunningPlatform running;
  private static String collector;
  private Map<String, JsonObject> before;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市本级").put("kind", "city"))
        .add(new JsonObject().put("name", "江干区").put("kind", "district"))
        .add(new JsonObject().put("name", "市卫计委").put("kind", "department"))));
    collector = running.api.collector(RunningPlatform.ADMIN, "etl", "onewindow", "joint-process", "system-integration", "matter-integration");
    assertThat(post("onewindow", region(p -> { })).status()).isEqualTo(200);
    assertThat(post("joint-process", joint(p -> { })).status()).isEqualTo(200);
    assertThat(post("system-integration", system(p -> { })).status()).isEqualTo(200);
    assertThat(post("matter-integration", matter(p -> { })).status()).isEqualTo(200);
    assertThat(post("matter-integration", matter(p -> p.put("unit", "江干区"))).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @BeforeEach
  void remember() {
    before = stored();
    TABLES.forEach(t -> assertThat(before.get(t).getJsonArray("rows")).as(t).isNotEmpty());
  }

  @AfterEach
  void unchanged() {
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void moreOnlineCasesThanCases() {
    FieldErrors.expect(post("onewindow", region(p -> p.put("online_cases", 121))), "online_cases", "online_cases (121) exceeds cases (120)");
  }

  @Test
  void aRegionThatIsADepartment() {
    FieldErrors.expect(post("onewindow", region(p -> p.put("region", "市卫计委"))), "region", "one-window regions are units of kind city or district");
  }

  @Test
  void aJointProcessWithoutAName() {
    FieldErrors.expect(post("joint-process", joint(p -> p.put("process", " "))), "process", "pattern");
  }

  @Test
  void moreSystemsConnectedThanPlanned() {
    FieldErrors.expect(post("system-integration", system(p -> p.put("connected", 35))), "connected", "connected (35) exceeds planned (34)");
  }

  @Test
  void systemsOfADepartment() {
    FieldErrors.expect(post("system-integration", system(p -> p.put("unit", "市卫计委"))), "unit", "units of kind city or district");
  }

  @Test
  void moreMattersConnectedThanPlanned() {
    FieldErrors.expect(post("matter-integration", matter(p -> p.put("connected", 25))), "connected", "connected (25) exceeds planned (24)");
  }

  @Test
  void negativeExtra() {
    FieldErrors.expect(post("matter-integration", matter(p -> p.put("extra", -1))), "extra", "less than 0");
  }

  private static Map<String, JsonObject> stored() {
    Map<String, JsonObject> stored = new LinkedHashMap<>();
    TABLES.forEach(t -> stored.put(t, running.api.get("/api/v1/rankings/" + t + "?week=2018-07-20", collector).json()));
    return stored;
  }

  private static Api.Response post(String family, JsonObject point) {
    return running.api.post("/api/v1/ingest/" + family, collector, new JsonObject().put("points", new JsonArray().add(point)));
  }

  private static JsonObject region(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("region", "市本级").put("matters", 358).put("offices", 1)
        .put("cases", 120).put("online_cases", 116).put("accepted", 110).put("completed", 95);
    change.accept(p);
    return p;
  }

  private static JsonObject joint(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("process", "不动产登记联办系统").put("applied", 5)
        .put("accepted", 5).put("completed", 4);
    change.accept(p);
    return p;
  }

  private static JsonObject system(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("date", "2018-07-19").put("unit", "市本级").put("planned", 34).put("connected", 22);
    change.accept(p);
    return p;
  }

  private static JsonObject matter(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("date", "2018-07-19").put("unit", "市卫计委").put("planned", 24).put("connected", 22).put("extra", 3);
    change.accept(p);
    return p;
  }
}
