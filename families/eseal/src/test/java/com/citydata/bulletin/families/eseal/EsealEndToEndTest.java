package com.citydata.bulletin.families.eseal;

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
 * The e-seal family alone on the class path, run as the product runs it (real HTTP on loopback, the embedded QuestDB,
 * PostgreSQL): a collector posts JSON points and line protocol, and both tables of 附件4 read them.
 */
class EsealEndToEndTest {
  private static final String WEEK = "?week=2018-07-20";
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    // The city level last in the catalogue, and the districts in an order that is not their names' order, so the
    // regions' order can only come from the rule: the city first, then catalogue order.
    running.putUnits(unit("滨江区", "district"),
        unit("淳安县", "district"),
        unit("杭州市本级", "city", "市本级"),
        unit("市公安局", "department"));
    collector = running.collector("seals-1", "eseal");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void jsonPointsAndLineProtocolListTheRegionsAndTheCitySealsAndPrintTheSealSentence() {
    // One seal last week; this week (2018-07-14 to 07-20) three seals of the city level, one of them made but never used.
    Api.Response json = running.api.post("/api/v1/ingest/eseal", collector, new JsonObject().put("points", new JsonArray(List.of(
        point("2018-07-10T09:00:00+08:00", "杭州市本级", "杭州市教育局", 1_000),
        point("2018-07-16T09:30:00+08:00", "市本级", "杭州市教育局", 1_200),
        point("2018-07-17T10:00:00+08:00", "杭州市本级", "不动产登记专用章", 3_000),
        point("2018-07-17T11:00:00+08:00", "杭州市本级", "杭州市档案局", 0),
        point("2018-07-19T12:00:00+08:00", "淳安县", "淳安县市场监管局", 405)))));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    // 淳安县's point again (2018-07-19T12:00+08:00 in milliseconds), which replaces rather than adds, and one only
    // sent here (2018-07-18T10:00+08:00).
    Api.Response door = running.api.post("/api/v2/write?bucket=eseal&precision=ms", collector, "text/plain; charset=utf-8",
        "eseal,region=淳安县,seal=淳安县市场监管局 stamps=405i 1531972800000\n"
            + "eseal,region=滨江区,seal=滨江区行政审批专用章 stamps=66i 1531879200000\n");
    assertThat(door.status()).as(door.body()).isEqualTo(204);

    JsonObject regions = ranking("eseal-regions");
    assertThat(regions.getJsonArray("rows")).containsExactly(
        region(1, "杭州市本级", 3, 5_200, 4_200).put("change", new JsonObject().put("new", false).put("weekly", 3_200L)
            .put("percent", 320.0).put("previous_rank", 1).put("rank", 0)),
        region(2, "滨江区", 1, 66, 66).put("change", new JsonObject().put("new", true)),
        region(3, "淳安县", 1, 405, 405).put("change", new JsonObject().put("new", true)));
    assertThat(regions.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 3L).put("seals", 5L).put("stamps", 5_671L)
        .put("weekly", 4_671L).put("daily_average", 667.29)
        .put("change", new JsonObject().put("weekly", 3_671L).put("percent", 367.1)));

    // By stamps up to the week's end, so 杭州市教育局 falls to second though it stamped last week too.
    JsonObject citySeals = ranking("eseal-city-seals");
    assertThat(citySeals.getJsonArray("rows")).containsExactly(
        seal(1, "不动产登记专用章", 3_000, 3_000).put("change", new JsonObject().put("new", true)),
        seal(2, "杭州市教育局", 2_200, 1_200).put("change", new JsonObject().put("new", false).put("weekly", 200L)
            .put("percent", 20.0).put("previous_rank", 1).put("rank", -1)));
    assertThat(citySeals.getJsonObject("total")).isEqualTo(new JsonObject().put("seals", 2L).put("stamps", 5_200L)
        .put("weekly", 4_200L).put("change", new JsonObject().put("weekly", 3_200L).put("percent", 320.0)));

    // In interface's 接口调用情况, which is installed beside this family for its tests.
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", collector).body();
    assertThat(markdown).contains("接口调用情况").contains("目前电子签章累计完成5个电子印章的制作，累计盖章次数为5671，本周盖章4671次。")
        .contains("电子签章排名表");
  }

  @Test
  void aDepartmentAsRegionIsA400NamingRegionAndStoresNothingOfTheRequest() {
    JsonObject before = ranking("eseal-regions");
    Api.Response refused = running.api.post("/api/v1/ingest/eseal", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-16T11:00:00+08:00", "滨江区", "滨江区公安分局", 12))
        .add(point("2018-07-16T11:00:00+08:00", "市公安局", "杭州市公安局", 30))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(new JsonObject().put("index", 1).put("field", "region")
        .put("message", "'市公安局' is a unit of kind department; e-seal regions are units of kind city or district"));
    assertThat(ranking("eseal-regions")).isEqualTo(before);
  }

  private static JsonObject ranking(String table) {
    Api.Response response = running.api.get("/api/v1/rankings/" + table + WEEK, collector);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonObject point(String time, String region, String seal, long stamps) {
    return new JsonObject().put("time", time).put("region", region).put("seal", seal).put("stamps", stamps);
  }

  private static JsonObject region(int rank, String unit, long seals, long stamps, long weekly) {
    return new JsonObject().put("rank", rank).put("unit", unit).put("seals", seals).put("stamps", stamps).put("weekly", weekly);
  }

  private static JsonObject seal(int rank, String seal, long stamps, long weekly) {
    return new JsonObject().put("rank", rank).put("seal", seal).put("stamps", stamps).put("weekly", weekly);
  }
}
