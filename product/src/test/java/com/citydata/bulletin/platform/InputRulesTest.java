package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bad requests that once got a 500, or were stored altered, now get a 400 naming the rule, and nothing of them
 * is stored; names with unusual but allowed characters come back exactly as sent.
 */
class InputRulesTest {
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department"))));
    collector = running.api.collector(RunningPlatform.ADMIN, "etl", "exchange", "interface", "pagequery", "dingtalk");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void namesTheStoresWouldAlterAreRefusedAndNothingIsStored() {
    for (String system : List.of("系统\\\\", "a\\u0000b", "a\\nb", "a\\tb", " 户籍比对系统", "户籍比对系统 ", "a\\ud800b", "\\u3000")) {
      String body = "{\"points\":[{\"time\":\"2018-07-16T09:30:00+08:00\",\"unit\":\"市公安局\",\"system\":\"" + system
          + "\",\"calls\":5}]}";
      Api.Response response = running.api.post("/api/v1/ingest/interface", collector, "application/json", body);
      assertThat(response.status()).as(system + ": " + response.body()).isEqualTo(400);
      assertThat(response.body()).as(system).contains("system");
    }
    Api.Response module = post("pagequery", new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("unit", "市公安局")
        .put("module", "查询\\").put("visits", 3));
    assertThat(module.status()).as(module.body()).isEqualTo(400);
    assertThat(module.body()).contains("must not contain a backslash");
    assertThat(ranking("interface-calls").getJsonArray("rows")).isEmpty();
    assertThat(ranking("pagequery-visits").getJsonArray("rows")).isEmpty();
  }

  @Test
  void timesBefore1970AndCountsPastTheMaximumAreRefused() {
    Api.Response early = post("exchange", exchange("1969-12-31T23:59:59Z", 5));
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("before 1970-01-01");
    Api.Response earlyDay = post("dingtalk", new JsonObject().put("date", "1969-12-31").put("unit", "市公安局")
        .put("registered", 3).put("activated", 2).put("active", 1));
    assertThat(earlyDay.status()).as(earlyDay.body()).isEqualTo(400);
    Api.Response huge = post("exchange", exchange("2018-07-16T09:30:00+08:00", Long.MAX_VALUE));
    assertThat(huge.status()).as(huge.body()).isEqualTo(400);
    assertThat(huge.body()).contains("must be at most 1000000000000");
    Api.Response over = post("exchange", exchange("2018-07-16T09:30:00+08:00", 1_000_000_000_001L));
    assertThat(over.status()).as(over.body()).isEqualTo(400);
    assertThat(ranking("exchange-collect").getJsonArray("rows")).isEmpty();
  }

  @Test
  void revisionsThatAreNotWholeNumbersInRangeAre400() {
    for (String revision : List.of("2147483648", "1e3", "0", "-1", "1.5")) {
      Api.Response response = running.api.get("/api/v1/bulletins/2018-07-20?revision=" + revision, collector);
      assertThat(response.status()).as(revision + ": " + response.body()).isEqualTo(400);
      assertThat(running.api.get("/bulletins/2018-07-20?revision=" + revision, null).status()).as(revision).isEqualTo(400);
    }
  }

  @Test
  void catalogNamesTheStoresWouldAlterAreRefused() {
    for (String name : List.of("a\\u0000b", "\\u3000", " 市财政局", "市财政局\\\\")) {
      String body = "{\"units\":[{\"name\":\"" + name + "\",\"kind\":\"department\"}]}";
      Api.Response put = running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject(body));
      assertThat(put.status()).as(name + ": " + put.body()).isEqualTo(400);
    }
    assertThat(running.api.get("/api/v1/catalog/units", RunningPlatform.ADMIN).json().getJsonArray("units")).hasSize(1);
  }

  /** What passes is kept exactly: inner spaces, punctuation and characters outside the BMP included. */
  @Test
  void unusualButAllowedNamesComeBackExactly() {
    String system = "数据📊看板 2.0（试运行）·“热线”";
    assertThat(post("interface", new JsonObject().put("time", "2018-07-24T09:30:00+08:00").put("unit", "市公安局")
        .put("system", system).put("calls", 7)).status()).isEqualTo(200);
    JsonArray rows = running.api.get("/api/v1/rankings/interface-calls?week=2018-07-27", collector).json().getJsonArray("rows");
    assertThat(rows.stream().map(r -> ((JsonObject) r).getString("system"))).containsExactly(system);
  }

  @Test
  void aWrongMethodIs405WithTheAllowedOnes() {
    Api.Response response = running.api.post("/api/v1/catalog/units", RunningPlatform.ADMIN, "application/json", "{}");
    assertThat(response.status()).as(response.body()).isEqualTo(405);
    assertThat(response.body()).contains("allowed: GET, PUT");
    assertThat(running.api.delete("/bulletins", RunningPlatform.ADMIN).status()).isEqualTo(405);
    assertThat(running.api.get("/api/v1/no/such/thing", RunningPlatform.ADMIN).status()).isEqualTo(404);
  }

  @Test
  void aJsonBodyInAnotherCharsetIs415() {
    String body = new JsonObject().put("points", new JsonArray().add(exchange("2018-07-16T09:30:00+08:00", 5))).encode();
    Api.Response gbk = running.api.post("/api/v1/ingest/exchange", collector, "application/json; charset=GBK", body);
    assertThat(gbk.status()).as(gbk.body()).isEqualTo(415);
    assertThat(gbk.body()).contains("charset=GBK");
    assertThat(ranking("exchange-collect").getJsonArray("rows")).isEmpty();
    // A later week, so the other tests' "nothing stored" checks of 2018-07-20 stay true.
    Api.Response utf8 = running.api.post("/api/v1/ingest/exchange", collector, "application/json; charset=UTF-8",
        new JsonObject().put("points", new JsonArray().add(exchange("2018-07-30T09:30:00+08:00", 5))).encode());
    assertThat(utf8.status()).as(utf8.body()).isEqualTo(200);
  }

  /** The admin token and the embedded stores' files are the owner's alone. */
  @Test
  void theDataDirectoryIsPrivateToItsOwner() throws Exception {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(running.dataDir()))).isEqualTo("rwx------");
  }

  private static JsonObject exchange(String time, long records) {
    return new JsonObject().put("time", time).put("direction", "collect").put("unit", "市公安局").put("tables", 1).put("fields", 1)
        .put("records", records);
  }

  private static Api.Response post(String family, JsonObject point) {
    return running.api.post("/api/v1/ingest/" + family, collector, new JsonObject().put("points", new JsonArray().add(point)));
  }

  private static JsonObject ranking(String table) {
    return running.api.get("/api/v1/rankings/" + table + "?week=2018-07-20", collector).json();
  }
}
