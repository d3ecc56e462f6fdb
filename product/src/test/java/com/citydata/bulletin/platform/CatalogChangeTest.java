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

/**
 * The ingest services keep the catalog in memory; a change to it counts from the next request on, as if they read it
 * every time: a unit added is accepted at once, an alias moved to another unit resolves to the new one.
 */
class CatalogChangeTest {
  private static final String INGEST = "/api/v1/ingest/exchange";
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    units(new JsonObject().put("name", "市公安局").put("kind", "department").put("aliases", new JsonArray().add("公安")));
    collector = running.api.collector(RunningPlatform.ADMIN, "etl", "exchange");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void aUnitAddedOrAnAliasMovedCountsFromTheNextPost() {
    assertThat(post("市新设局").status()).isEqualTo(400);
    units(new JsonObject().put("name", "市新设局").put("kind", "department"));
    assertThat(post("市新设局").status()).isEqualTo(200);

    assertThat(post("公安").status()).isEqualTo(200);
    units(new JsonObject().put("name", "市公安局").put("kind", "department").put("aliases", new JsonArray()),
        new JsonObject().put("name", "市公安分局").put("kind", "department").put("aliases", new JsonArray().add("公安")));
    assertThat(post("公安").status()).isEqualTo(200);
    JsonArray rows = running.api.get("/api/v1/rankings/exchange-collect?week=2018-07-20", collector).json().getJsonArray("rows");
    assertThat(rows.stream().map(JsonObject.class::cast).map(r -> r.getString("unit"))).contains("市公安分局", "市公安局", "市新设局");
  }

  private static Api.Response post(String unit) {
    return running.api.post(INGEST, collector, new JsonObject().put("points", new JsonArray().add(new JsonObject()
        .put("time", "2018-07-16T09:30:00+08:00").put("direction", "collect").put("unit", unit)
        .put("tables", 1).put("fields", 1).put("records", 10))));
  }

  private static void units(JsonObject... units) {
    Api.Response put = running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray(java.util.List.of(units))));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }
}
