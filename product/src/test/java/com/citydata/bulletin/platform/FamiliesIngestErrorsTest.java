package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad points of the interface, page-query and DingTalk families get their 4xx and change no table. */
class FamiliesIngestErrorsTest {
  private static final List<String> TABLES = List.of("interface-calls", "pagequery-visits", "dingtalk-city", "dingtalk-district");
  private static RunningPlatform running;
  private static String collector;
  private Map<String, JsonObject> before;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department").put("aliases", new JsonArray().add("公安局")))
        .add(new JsonObject().put("name", "江干区").put("kind", "district"))));
    collector = running.api.collector(RunningPlatform.ADMIN, "etl", "interface", "pagequery", "dingtalk");
    assertThat(post("interface", interfacePoint(p -> { })).status()).isEqualTo(200);
    assertThat(post("pagequery", pageQueryPoint(p -> { })).status()).isEqualTo(200);
    assertThat(post("dingtalk", dingtalkPoint(p -> { })).status()).isEqualTo(200);
    assertThat(post("dingtalk", dingtalkPoint(p -> p.put("unit", "江干区"))).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @BeforeEach
  void remember() {
    before = rankings();
    before.values().forEach(table -> assertThat(table.getJsonArray("rows")).isNotEmpty());
  }

  @AfterEach
  void unchanged() {
    assertThat(rankings()).isEqualTo(before);
  }

  @Test
  void interfacePointWithoutSystem() {
    expect(post("interface", interfacePoint(p -> p.remove("system"))), "system", "required");
  }

  @Test
  void interfaceCallsNegative() {
    expect(post("interface", interfacePoint(p -> p.put("calls", -5))), "calls", "less than 0");
  }

  @Test
  void pageQueryPointWithoutModule() {
    expect(post("pagequery", pageQueryPoint(p -> p.remove("module"))), "module", "required");
  }

  @Test
  void pageQueryVisitsAsText() {
    expect(post("pagequery", pageQueryPoint(p -> p.put("visits", "312"))), "visits", "string");
  }

  @Test
  void dingtalkActivatedAboveRegistered() {
    expect(post("dingtalk", dingtalkPoint(p -> p.put("activated", 4000))), "activated", "exceeds registered");
  }

  @Test
  void dingtalkActiveAboveActivated() {
    expect(post("dingtalk", dingtalkPoint(p -> p.put("active", 3567))), "active", "exceeds activated");
  }

  @Test
  void dingtalkWeeklyActiveAboveActivated() {
    expect(post("dingtalk", dingtalkPoint(p -> p.put("weekly_active", 4000))), "weekly_active", "exceeds activated");
  }

  @Test
  void dingtalkDateWithATime() {
    expect(post("dingtalk", dingtalkPoint(p -> p.put("date", "2018-07-16T00:00:00+08:00"))), "date", "date");
  }

  @Test
  void dingtalkUnknownUnit() {
    expect(post("dingtalk", dingtalkPoint(p -> p.put("unit", "市不存在局"))), "unit", "unknown unit");
  }

  @Test
  void anExchangeOnlyCollectorMayNotPostDingtalk() {
    String exchangeOnly = running.api.collector(RunningPlatform.ADMIN, "etl-x", "exchange");
    Api.Response response = running.api.post("/api/v1/ingest/dingtalk", exchangeOnly,
        new JsonObject().put("points", new JsonArray().add(dingtalkPoint(p -> { }))));
    assertThat(response.status()).isEqualTo(403);
  }

  private static Api.Response post(String family, JsonObject point) {
    return running.api.post("/api/v1/ingest/" + family, collector, new JsonObject().put("points", new JsonArray().add(point)));
  }

  private static JsonObject interfacePoint(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("unit", "公安局")
        .put("system", "户籍比对系统").put("calls", 1200);
    change.accept(p);
    return p;
  }

  private static JsonObject pageQueryPoint(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("unit", "公安局")
        .put("module", "户籍信息查询").put("visits", 312);
    change.accept(p);
    return p;
  }

  private static JsonObject dingtalkPoint(Consumer<JsonObject> change) {
    JsonObject p = new JsonObject().put("date", "2018-07-16").put("unit", "公安局")
        .put("registered", 3670).put("activated", 3566).put("active", 1877).put("weekly_active", 2900);
    change.accept(p);
    return p;
  }

  private static Map<String, JsonObject> rankings() {
    return TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t,
        t -> running.api.get("/api/v1/rankings/" + t + "?week=2018-07-20", collector).json()));
  }

  private static void expect(Api.Response response, String field, String messagePart) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().getJsonArray("details").stream().map(JsonObject.class::cast))
        .as(response.body())
        .anySatisfy(d -> {
          assertThat(d.getInteger("index")).isZero();
          assertThat(d.getString("field")).isEqualTo(field);
          assertThat(d.getString("message")).contains(messagePart);
        });
  }
}
