package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad request gets its 4xx with a message naming what is wrong, and changes no figure. */
class ExchangeIngestErrorsTest {
  private static final String INGEST = "/api/v1/ingest/exchange";
  private static RunningPlatform running;
  private static String collector;
  private JsonObject collectBefore;
  private JsonObject pushBefore;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of("BODY_LIMIT_BYTES", "65536"));
    running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department").put("aliases", new JsonArray().add("公安局")))
        .add(new JsonObject().put("name", "城市数据大脑").put("kind", "special"))));
    collector = running.api.collector(RunningPlatform.ADMIN, "etl-1", "exchange");
    assertThat(post(valid()).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @BeforeEach
  void rememberRankings() {
    collectBefore = ranking("exchange-collect");
    pushBefore = ranking("exchange-push");
    assertThat(collectBefore.getJsonArray("rows")).isNotEmpty();
  }

  @AfterEach
  void rankingsAreUnchanged() {
    assertThat(ranking("exchange-collect")).isEqualTo(collectBefore);
    assertThat(ranking("exchange-push")).isEqualTo(pushBefore);
  }

  @Test
  void missingField() {
    expectDetail(post(points(valid(p -> p.remove("records")))), 0, "records", "required");
  }

  @Test
  void negativeNumber() {
    expectDetail(post(points(valid(p -> p.put("tables", -1)))), 0, "tables", "less than 0");
  }

  @Test
  void fractionalNumber() {
    expectDetail(post(points(valid(p -> p.put("fields", 4.5)))), 0, "fields", "integer");
  }

  @Test
  void numberAsString() {
    expectDetail(post(points(valid(p -> p.put("records", "1273000")))), 0, "records", "string");
  }

  @Test
  void unknownUnitAndTheValidPointBesideItIsNotStoredEither() {
    JsonObject body = new JsonObject().put("points", new JsonArray()
        .add(valid(p -> p.put("records", 5_000_000)))
        .add(valid(p -> p.put("unit", "市不存在局"))));
    expectDetail(post(body), 1, "unit", "unknown unit '市不存在局'");
  }

  @Test
  void impossibleTime() {
    expectDetail(post(points(valid(p -> p.put("time", "2018-02-30T10:00:00+08:00")))), 0, "time", "");
  }

  @Test
  void timeWithoutOffset() {
    expectDetail(post(points(valid(p -> p.put("time", "2018-07-16T09:30:00")))), 0, "time", "");
  }

  @Test
  void unknownDirection() {
    expectDetail(post(points(valid(p -> p.put("direction", "sideways")))), 0, "direction", "collect");
  }

  @Test
  void unknownField() {
    expectDetail(post(points(valid(p -> p.put("recrods", 5)))), 0, "recrods", "unknown field");
  }

  @Test
  void emptyBody() {
    Api.Response response = running.api.post(INGEST, collector, "application/json", "");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getString("error")).isNotBlank();
    assertThat(response.body()).contains("empty");
  }

  @Test
  void noPoints() {
    Api.Response response = post(new JsonObject().put("points", new JsonArray()));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("points");
  }

  @Test
  void invalidJson() {
    Api.Response response = running.api.post(INGEST, collector, "application/json", "{\"points\": [");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("not valid JSON");
  }

  @Test
  void oversizeBody() {
    JsonArray many = new JsonArray();
    for (int i = 0; i < 1000; i++) {
      many.add(valid(p -> p.put("records", 1)));
    }
    Api.Response response = post(new JsonObject().put("points", many));
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().getString("error")).contains("larger than the limit");
  }

  @Test
  void noToken() {
    Api.Response response = running.api.post(INGEST, null, points(valid()));
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().getString("error")).contains("bearer token");
  }

  @Test
  void unknownToken() {
    assertThat(running.api.post(INGEST, "not-a-token", points(valid())).status()).isEqualTo(401);
  }

  @Test
  void tokenOfAnotherFamily() {
    String other = running.api.collector(RunningPlatform.ADMIN, "gateway-logs", "interface");
    Api.Response response = running.api.post(INGEST, other, points(valid()));
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().getString("error")).contains("exchange");
  }

  @Test
  void revokedToken() {
    Api.Response created = running.api.post("/api/v1/collectors", RunningPlatform.ADMIN,
        new JsonObject().put("name", "old-etl").put("families", new JsonArray().add("exchange")));
    String token = created.json().getString("token");
    assertThat(running.api.delete("/api/v1/collectors/" + created.json().getString("id"), RunningPlatform.ADMIN).status()).isEqualTo(204);
    assertThat(running.api.post(INGEST, token, points(valid())).status()).isEqualTo(401);
  }

  @Test
  void aBodyNeitherJsonNorASpreadsheetIs415() {
    Api.Response response = running.api.post(INGEST, collector, "application/xml", "<points/>");
    assertThat(response.status()).isEqualTo(415);
    assertThat(response.json().getString("error")).contains("application/json").contains("text/csv");
    Api.Response header = running.api.post(INGEST, collector, "text/csv", "time,unit\n");
    assertThat(header.status()).as("a CSV of a header alone").isEqualTo(400);
    assertThat(header.body()).contains("no rows of figures");
  }

  @Test
  void collectorTokenCannotChangeTheCatalog() {
    Api.Response response = running.api.put("/api/v1/catalog/units", collector, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市新局").put("kind", "department"))));
    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void badWeekIsRejected() {
    Api.Response response = running.api.get("/api/v1/rankings/exchange-collect?week=2018-13-45", collector);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("week");
  }

  @Test
  void unknownTableIsNotFound() {
    Api.Response response = running.api.get("/api/v1/rankings/exchange-sideways?week=2018-07-20", collector);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().getString("error")).contains("exchange-collect");
  }

  private static JsonObject valid() {
    return points(valid(p -> { }));
  }

  private static JsonObject valid(Consumer<JsonObject> change) {
    JsonObject point = new JsonObject()
        .put("time", "2018-07-16T09:30:00+08:00").put("direction", "collect").put("unit", "公安局")
        .put("tables", 38).put("fields", 477).put("records", 1_273_000);
    change.accept(point);
    return point;
  }

  private static JsonObject points(JsonObject point) {
    return point.containsKey("points") ? point : new JsonObject().put("points", new JsonArray().add(point));
  }

  private static Api.Response post(JsonObject body) {
    return running.api.post(INGEST, collector, body);
  }

  private static JsonObject ranking(String table) {
    Api.Response response = running.api.get("/api/v1/rankings/" + table + "?week=2018-07-20", collector);
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  private static void expectDetail(Api.Response response, int index, String field, String messagePart) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    JsonObject body = response.json();
    assertThat(body.getString("error")).isNotBlank();
    assertThat(body.getJsonArray("details").stream().map(JsonObject.class::cast))
        .as(response.body())
        .anySatisfy(detail -> {
          assertThat(detail.getInteger("index")).isEqualTo(index);
          assertThat(detail.getString("field")).isEqualTo(field);
          assertThat(detail.getString("message")).contains(messagePart);
        });
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
