package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Publishing freezes a bulletin; late data change only the draft until the next revision. */
class BulletinPublishingTest {
  private static final String BULLETIN = "/api/v1/bulletins/2018-07-20";
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department"))));
    collector = running.api.collector(RunningPlatform.ADMIN, "etl", "exchange");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void aPublishedBulletinStaysAsPublishedAndRevisionsAreKept() throws Exception {
    collect(1_000_000, "2018-07-16T10:00:00+08:00");
    assertThat(bulletin("").getString("status")).isEqualTo("draft");

    Api.Response first = running.api.post(BULLETIN + "/publish", RunningPlatform.ADMIN, "application/json", "");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().getInteger("revision")).isEqualTo(1);
    JsonObject published = bulletin("");
    assertThat(published.getString("status")).isEqualTo("published");
    assertThat(published.getInteger("revision")).isEqualTo(1);
    byte[] pdf = running.api.bytes(BULLETIN + ".pdf", collector);

    collect(2_000_000, "2018-07-19T10:00:00+08:00");
    assertThat(bulletin("")).isEqualTo(published);
    assertThat(running.api.bytes(BULLETIN + ".pdf", collector)).isEqualTo(pdf);
    assertThat(weekly(bulletin("?draft=true"))).isEqualTo(3_000_000);

    Api.Response second = running.api.post(BULLETIN + "/publish", RunningPlatform.ADMIN, "application/json", "");
    assertThat(second.json().getInteger("revision")).isEqualTo(2);
    assertThat(weekly(bulletin(""))).isEqualTo(3_000_000);
    assertThat(weekly(bulletin("?revision=1"))).isEqualTo(1_000_000);
    assertThat(running.api.bytes(BULLETIN + ".pdf?revision=1", collector)).isEqualTo(pdf);

    JsonArray list = running.api.get("/api/v1/bulletins", collector).json().getJsonArray("bulletins");
    assertThat(list).hasSize(1);
    assertThat(list.getJsonObject(0).getString("date")).isEqualTo("2018-07-20");
    assertThat(list.getJsonObject(0).getJsonArray("revisions").stream().map(r -> ((JsonObject) r).getInteger("revision")).toList())
        .containsExactly(2, 1);
    assertThat(list.getJsonObject(0).getJsonArray("revisions").getJsonObject(0).getString("published_by")).isEqualTo("admin");
  }

  @Test
  void onlyTheAdminPublishes() {
    assertThat(running.api.post("/api/v1/bulletins/2018-07-13/publish", collector, "application/json", "").status()).isEqualTo(403);
  }

  @Test
  void formatsAreNegotiatedAndMistakesNamed() {
    assertThat(running.api.getWith("/api/v1/bulletins/2018-07-13", collector, "text/html").body()).startsWith("<!DOCTYPE html>");
    assertThat(running.api.getWith("/api/v1/bulletins/2018-07-13?format=markdown", collector, "text/html").body())
        .startsWith("# 围绕");
    assertThat(running.api.getWith("/api/v1/bulletins/2018-07-13", collector, "image/png").status()).isEqualTo(406);
    assertThat(running.api.get("/api/v1/bulletins/2018-07-13.xls", collector).status()).isEqualTo(404);
    assertThat(running.api.get("/api/v1/bulletins/2018-02-30", collector).body()).contains("2018-02-30");
    assertThat(running.api.get("/api/v1/bulletins/2018-02-30", collector).status()).isEqualTo(400);
    assertThat(running.api.get("/api/v1/bulletins/2018-07-13?revision=9", collector).status()).isEqualTo(404);
    assertThat(running.api.get("/api/v1/bulletins/2018-07-13?revision=zero", collector).status()).isEqualTo(400);
  }

  @Test
  void theHealthTheContractAndTheFontsNeedNoToken() {
    assertThat(running.api.get("/health", null).body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(running.api.get("/api/v1/openapi.yaml", null).body()).startsWith("openapi: 3.1.0").contains("/api/v1/bulletins/{file}");
    assertThat(running.api.bytes("/assets/fonts/NotoSansSC-Regular.ttf", null)).hasSizeGreaterThan(1_000_000);
    assertThat(running.api.get("/assets/fonts/..%2Fopenapi.yaml", null).status()).isEqualTo(400);
  }

  private static void collect(long records, String time) {
    Api.Response response = running.api.post("/api/v1/ingest/exchange", collector, new JsonObject().put("points", new JsonArray()
        .add(new JsonObject().put("time", time).put("direction", "collect").put("unit", "市公安局")
            .put("tables", 38).put("fields", 477).put("records", records))));
    assertThat(response.status()).isEqualTo(200);
  }

  private static JsonObject bulletin(String query) {
    Api.Response response = running.api.get(BULLETIN + query, collector);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static long weekly(JsonObject bulletin) {
    return bulletin.getJsonArray("attachments").getJsonObject(0).getJsonObject("ranking").getJsonObject("total").getLong("weekly");
  }
}
