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

/** A collector limited to units posts for those units only; a post for another is refused whole with a 403 naming it. */
class CollectorUnitsTest {
  private static final String EXCHANGE = "/api/v1/ingest/exchange";
  private static RunningPlatform running;
  private static String police;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    Api.Response catalog = running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department").put("aliases", new JsonArray().add("公安局")))
        .add(new JsonObject().put("name", "市财政局").put("kind", "department"))
        .add(new JsonObject().put("name", "西湖区").put("kind", "district"))));
    assertThat(catalog.status()).as(catalog.body()).isEqualTo(200);
    Api.Response created = create("police-etl", List.of("exchange", "eseal"), List.of("公安局"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getJsonArray("units")).containsExactly("市公安局");
    police = created.json().getString("token");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void listingShowsEachCollectorsUnitsByTheirCatalogNames() {
    running.api.collector(RunningPlatform.ADMIN, "city-etl", "exchange");
    JsonArray collectors = running.api.get("/api/v1/collectors", RunningPlatform.ADMIN).json().getJsonArray("collectors");
    assertThat(collectors.stream().map(JsonObject.class::cast))
        .anySatisfy(c -> {
          assertThat(c.getString("name")).isEqualTo("police-etl");
          assertThat(c.getJsonArray("units")).containsExactly("市公安局");
        })
        .anySatisfy(c -> {
          assertThat(c.getString("name")).isEqualTo("city-etl");
          assertThat(c.getJsonArray("units")).isEmpty();
        });
  }

  @Test
  void anUnknownUnitInARegistrationIsA400NamingItAndNoCollectorIsMade() {
    int before = running.api.get("/api/v1/collectors", RunningPlatform.ADMIN).json().getJsonArray("collectors").size();
    Api.Response response = create("typo-etl", List.of("exchange"), List.of("市公安局", "市不存在局"));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().getString("error")).contains("市不存在局");
    JsonObject detail = response.json().getJsonArray("details").getJsonObject(0);
    assertThat(detail.getInteger("index")).isEqualTo(1);
    assertThat(detail.getString("field")).isEqualTo("units");
    assertThat(running.api.get("/api/v1/collectors", RunningPlatform.ADMIN).json().getJsonArray("collectors")).hasSize(before);
  }

  @Test
  void aBadlyFormedUnitNameInARegistrationIsA400() {
    Api.Response response = create("space-etl", List.of("exchange"), List.of(" 市公安局"));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().getString("error")).contains("units[0]");
  }

  @Test
  void aPostForItsOwnUnitIsStoredWhicheverNameThePointUses() {
    Api.Response response = running.api.post(EXCHANGE, police, points(point("公安局", "2018-07-17T10:00:00+08:00", 4_321)));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(row("市公安局")).isNotNull();
  }

  @Test
  void aPostHoldingAPointForAnotherUnitIsA403NamingItAndNothingOfItIsStored() {
    JsonObject before = ranking();
    JsonObject body = new JsonObject().put("points", new JsonArray()
        .add(point("市公安局", "2018-07-18T10:00:00+08:00", 777_777))
        .add(point("市财政局", "2018-07-18T10:00:00+08:00", 888_888)));
    Api.Response response = running.api.post(EXCHANGE, police, body);
    assertThat(response.status()).as(response.body()).isEqualTo(403);
    assertThat(response.json().getString("error")).contains("'市财政局'").contains("市公安局");
    assertThat(ranking()).isEqualTo(before);
    assertThat(row("市财政局")).isNull();
  }

  @Test
  void theLimitHoldsForEveryFamilyWhateverItsFieldIsCalled() {
    JsonObject stamp = new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("region", "西湖区").put("seal", "西湖区公章")
        .put("stamps", 12);
    Api.Response response = running.api.post("/api/v1/ingest/eseal", police, points(stamp));
    assertThat(response.status()).as(response.body()).isEqualTo(403);
    assertThat(response.json().getString("error")).contains("'西湖区'");
    JsonArray regions = running.api.get("/api/v1/rankings/eseal-regions?week=2018-07-20", police).json().getJsonArray("rows");
    assertThat(regions.stream().map(JsonObject.class::cast).map(r -> r.getString("unit"))).doesNotContain("西湖区");
  }

  @Test
  void aCollectorWithoutUnitsStillPostsForEveryUnit() {
    String any = running.api.collector(RunningPlatform.ADMIN, "all-units-etl", "exchange");
    Api.Response response = running.api.post(EXCHANGE, any, points(point("市财政局", "2018-07-19T10:00:00+08:00", 1_000)));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  private static Api.Response create(String name, List<String> families, List<String> units) {
    return running.api.post("/api/v1/collectors", RunningPlatform.ADMIN,
        new JsonObject().put("name", name).put("families", new JsonArray(families)).put("units", new JsonArray(units)));
  }

  private static JsonObject point(String unit, String time, long records) {
    return new JsonObject().put("time", time).put("direction", "collect").put("unit", unit)
        .put("tables", 3).put("fields", 30).put("records", records);
  }

  private static JsonObject points(JsonObject point) {
    return new JsonObject().put("points", new JsonArray().add(point));
  }

  private static JsonObject ranking() {
    Api.Response response = running.api.get("/api/v1/rankings/exchange-collect?week=2018-07-20", RunningPlatform.ADMIN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonObject row(String unit) {
    return ranking().getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> unit.equals(r.getString("unit"))).findFirst().orElse(null);
  }
}
