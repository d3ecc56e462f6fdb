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

/**
 * Bad points of the e-seal, e-licence, sharing-demand and platform-figure families get their 4xx and change
 * nothing; a collector reaches neither another family's ingest nor anything admin-only.
 */
class SectionOneIngestErrorsTest {
  private static final List<String> TABLES = List.of("eseal-regions", "eseal-city-seals", "elicence-catalogue", "sharing-demands");
  private static RunningPlatform running;
  private static String collector;
  private Map<String, JsonObject> before;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "杭州市本级").put("kind", "city").put("aliases", new JsonArray().add("市本级")))
        .add(new JsonObject().put("name", "江干区").put("kind", "district"))
        .add(new JsonObject().put("name", "市城管委").put("kind", "department"))));
    collector = running.api.collector(RunningPlatform.ADMIN, "etl", "eseal", "elicence", "demands", "indicators");
    assertThat(post("eseal", eseal(p -> { })).status()).isEqualTo(200);
    assertThat(post("elicence", licence(p -> { })).status()).isEqualTo(200);
    assertThat(post("demands", demand(p -> { })).status()).isEqualTo(200);
    assertThat(post("indicators", figure(p -> { })).status()).isEqualTo(200);
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
  void esealRegionThatIsADepartment() {
    FieldErrors.expect(post("eseal", eseal(p -> p.put("region", "市城管委"))), "region", "e-seal regions are units of kind city or district");
  }

  @Test
  void esealStampsNegative() {
    FieldErrors.expect(post("eseal", eseal(p -> p.put("stamps", -1))), "stamps", "less than 0");
  }

  @Test
  void esealWithoutSeal() {
    FieldErrors.expect(post("eseal", eseal(p -> p.remove("seal"))), "seal", "required");
  }

  @Test
  void esealTimeWithoutOffset() {
    FieldErrors.expect(post("eseal", eseal(p -> p.put("time", "2018-07-16T09:30:00"))), "time", "");
  }

  @Test
  void licenceCodeWithASpace() {
    FieldErrors.expect(post("elicence", licence(p -> p.put("code", "CGW 330401"))), "code", "pattern");
  }

  @Test
  void licenceAddedAFraction() {
    FieldErrors.expect(post("elicence", licence(p -> p.put("added", 2.5))), "added", "integer");
  }

  @Test
  void licenceUnknownUnit() {
    FieldErrors.expect(post("elicence", licence(p -> p.put("unit", "市不存在局"))), "unit", "unknown unit");
  }

  @Test
  void demandsOfADayThatHasNotBegun() {
    FieldErrors.expect(post("demands", demand(p -> p.put("date", "2999-01-01"))), "date", "has not begun");
  }

  @Test
  void demandsAsText() {
    FieldErrors.expect(post("demands", demand(p -> p.put("push", "120"))), "push", "string");
  }

  @Test
  void figureWithAnUnknownName() {
    FieldErrors.expect(post("indicators", figure(p -> p.put("name", "storage_pb"))), "name", "'storage_pb' is not one of storage_tb");
  }

  @Test
  void figureWithMoreDigitsThanAreKept() {
    FieldErrors.expect(post("indicators", figure(p -> p.put("value", 46.650000000000013))), "value", "significant digits");
  }

  @Test
  void countFigureWithAFraction() {
    FieldErrors.expect(post("indicators", figure(p -> p.put("name", "interfaces_published").put("value", 571.5))), "value", "whole number");
  }

  @Test
  void oneBadPointRejectsTheWholeBatch() {
    Api.Response response = running.api.post("/api/v1/ingest/eseal", collector, new JsonObject().put("points", new JsonArray()
        .add(eseal(p -> p.put("seal", "另一枚章"))).add(eseal(p -> p.put("region", "市城管委")))));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("details").getJsonObject(0).getInteger("index")).isEqualTo(1);
  }

  @Test
  void aCollectorReachesOnlyItsFamilies() {
    String esealOnly = running.api.collector(RunningPlatform.ADMIN, "seals", "eseal");
    assertThat(running.api.post("/api/v1/ingest/indicators", esealOnly, new JsonObject().put("points", new JsonArray().add(figure(p -> { }))))
        .status()).isEqualTo(403);
    assertThat(running.api.post("/api/v1/ingest/elicence", esealOnly, new JsonObject().put("points", new JsonArray().add(licence(p -> { }))))
        .status()).isEqualTo(403);
  }

  @Test
  void aCollectorTokenCannotReachAdminOnlyEndpoints() {
    assertThat(running.api.put("/api/v1/catalog/units", collector, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市新局").put("kind", "city")))).status()).isEqualTo(403);
    assertThat(running.api.post("/api/v1/collectors", collector, new JsonObject().put("name", "x").put("families", new JsonArray().add("eseal")))
        .status()).isEqualTo(403);
    assertThat(running.api.post("/api/v1/bulletins/2018-07-20/publish", collector, "application/json", "{}").status()).isEqualTo(403);
    // A path the contract does not have is admin-only: a collector learns nothing of it, the admin gets a 404.
    assertThat(running.api.get("/api/v1/records/brain-pilots", collector).status()).isEqualTo(403);
    assertThat(running.api.get("/api/v1/records/brain-pilots", RunningPlatform.ADMIN).status()).isEqualTo(404);
    assertThat(running.api.get("/api/v1/indicators?date=2018-07-20", collector).status()).isEqualTo(200);
  }

  private static Map<String, JsonObject> stored() {
    Map<String, JsonObject> stored = new LinkedHashMap<>();
    for (String table : TABLES) {
      stored.put(table, running.api.get("/api/v1/rankings/" + table + "?week=2018-07-20", collector).json());
    }
    stored.put("indicators", running.api.get("/api/v1/indicators?date=2018-07-20", collector).json());
    return stored;
  }

  private static Api.Response post(String family, JsonObject point) {
    return running.api.post("/api/v1/ingest/" + family, collector, new JsonObject().put("points", new JsonArray().add(point)));
  }

  private static JsonObject eseal(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("region", "市本级").put("seal", "杭州市教育局")
        .put("stamps", 1200);
    change.accept(p);
    return p;
  }

  private static JsonObject licence(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("unit", "市城管委").put("code", "CGW330401")
        .put("name", "城镇污水排入排水管网许可证").put("status", "已归集").put("added", 2).put("uses", 0);
    change.accept(p);
    return p;
  }

  private static JsonObject demand(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("date", "2018-07-20").put("unit", "江干区").put("push", 120).put("interface", 92).put("pagequery", 190);
    change.accept(p);
    return p;
  }

  private static JsonObject figure(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("date", "2018-07-20").put("name", "storage_tb").put("value", 46.65);
    change.accept(p);
    return p;
  }
}
