package com.citydata.bulletin.families.demands;

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
 * The sharing-demands family alone on the class path, run as the product runs it (real HTTP on loopback, the embedded
 * QuestDB, PostgreSQL): a collector posts JSON points and line protocol, and 附件6's demands table reads them.
 */
class DemandsEndToEndTest {
  private static final String WEEK = "?week=2018-07-20";
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市公安局", "department", "公安局"),
        unit("市民政局", "department"),
        unit("江干区", "district"));
    collector = running.collector("demands-1", "demands");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void jsonPointsAndLineProtocolSumEachUnitsLatestFiguresOnTheLastFourBulletinDays() {
    // 市民政局 reports once, on a Thursday (below, through the door), and its figures count on every later bulletin day.
    Api.Response json = running.api.post("/api/v1/ingest/demands", collector, new JsonObject().put("points", new JsonArray(List.of(
        point("2018-07-06", "市公安局", 100, 80, 150),
        point("2018-07-13", "公安局", 110, 85, 170),
        point("2018-07-19", "江干区", 25, 10, 40),
        point("2018-07-20", "公安局", 120, 92, 190)))));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    // A daily point carries its date as a field and no timestamp. The same date and unit replace 江干区's 25; a
    // gauge's last value would hide a second point at the same time, so the figures differ.
    Api.Response door = running.api.post("/api/v2/write?bucket=demands&precision=ms", collector, "text/plain; charset=utf-8",
        "demands,unit=江干区 date=\"2018-07-19\",push=30i,interface=10i,pagequery=40i\n"
            + "demands,unit=市民政局 date=\"2018-07-12\",push=20i,interface=5i,pagequery=12i\n");
    assertThat(door.status()).as(door.body()).isEqualTo(204);

    JsonObject table = table();
    assertThat(table.getJsonArray("rows")).containsExactly(
        day("2018-06-29", 0, 0, 0, 0),
        day("2018-07-06", 1, 100, 80, 150),
        day("2018-07-13", 2, 130, 90, 182),
        day("2018-07-20", 3, 170, 107, 242));
    assertThat(table.getJsonObject("total")).isEqualTo(day("2018-07-20", 3, 170, 107, 242));
  }

  @Test
  void aDateWithATimeIsA400NamingDateAndStoresNothingOfTheRequest() {
    JsonObject before = table();
    Api.Response refused = running.api.post("/api/v1/ingest/demands", collector, new JsonObject().put("points", new JsonArray()
        .add(point("2018-07-18", "市民政局", 21, 5, 12))
        .add(point("2018-07-18T00:00:00+08:00", "江干区", 31, 10, 40))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(new JsonObject().put("index", 1).put("field", "date")
        .put("message", "'2018-07-18T00:00:00+08:00' is not a date of the form YYYY-MM-DD"));
    assertThat(table()).isEqualTo(before);
  }

  private static JsonObject table() {
    Api.Response response = running.api.get("/api/v1/rankings/sharing-demands" + WEEK, collector);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonObject point(String date, String unit, long push, long interfaces, long pageQueries) {
    return new JsonObject().put("date", date).put("unit", unit).put("push", push).put("interface", interfaces)
        .put("pagequery", pageQueries);
  }

  private static JsonObject day(String date, long units, long push, long interfaces, long pageQueries) {
    return new JsonObject().put("date", date).put("units", units).put("push", push).put("interface", interfaces)
        .put("pagequery", pageQueries);
  }
}
