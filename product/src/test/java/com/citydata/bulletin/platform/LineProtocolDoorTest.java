package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.WriteApiBlocking;
import com.influxdb.client.domain.WritePrecision;
import com.influxdb.client.write.Point;
import com.influxdb.exceptions.BadRequestException;
import com.influxdb.exceptions.ForbiddenException;
import com.influxdb.exceptions.UnauthorizedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A collector that speaks InfluxDB's write API (Telegraf's outputs.influxdb_v2, the InfluxDB client libraries) posts
 * through {@code /api/v2/write}: its lines are checked by the family's rules and stored as the same points JSON
 * would store.
 */
class LineProtocolDoorTest {
  private static final String WEEK = "?week=2018-07-20";
  private static RunningPlatform running;
  private static String collector;
  private static String eseal;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    Api.Response catalog = running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department").put("aliases", new JsonArray().add("公安局")))
        .add(new JsonObject().put("name", "市城管委").put("kind", "department"))));
    assertThat(catalog.status()).as(catalog.body()).isEqualTo(200);
    collector = running.api.collector(RunningPlatform.ADMIN, "telegraf-1", "exchange", "interface");
    eseal = running.api.collector(RunningPlatform.ADMIN, "seals", "eseal");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static InfluxDBClient client(String token, String bucket) {
    return InfluxDBClientFactory.create("http://127.0.0.1:" + running.platform.port(), token.toCharArray(), "city", bucket);
  }

  @Test
  void pointsWrittenByTheInfluxClientAreStoredAsTheirJsonTwinsWouldBe() {
    try (InfluxDBClient influx = client(collector, "exchange")) {
      WriteApiBlocking writes = influx.getWriteApiBlocking();
      writes.writeRecord(WritePrecision.MS,
          "exchange,direction=collect,unit=公安局 tables=38i,fields=477i,records=1273000i " + Instant.parse("2018-07-16T01:30:00Z").toEpochMilli());
      writes.writePoint(Point.measurement("exchange").addTag("direction", "collect").addTag("unit", "市城管委")
          .addField("tables", 12L).addField("fields", 80L).addField("records", 5_000L)
          .time(Instant.parse("2018-07-17T02:00:00.250Z"), WritePrecision.NS));
    }
    JsonObject viaLines = ranking("exchange-collect");
    assertThat(viaLines.getJsonObject("total").getLong("weekly")).isEqualTo(1_278_000L);
    assertThat(viaLines.getJsonArray("rows").getJsonObject(0).getString("unit")).isEqualTo("市公安局");
    assertThat(viaLines.getJsonArray("rows").getJsonObject(0).getLong("tables")).isEqualTo(38L);

    // The same points as JSON have the same time and tags, so they replace the stored ones: nothing doubles.
    Api.Response json = running.api.post("/api/v1/ingest/exchange", collector, new JsonObject().put("points", new JsonArray()
        .add(new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("direction", "collect").put("unit", "公安局")
            .put("tables", 38).put("fields", 477).put("records", 1_273_000))
        .add(new JsonObject().put("time", "2018-07-17T02:00:00.250Z").put("direction", "collect").put("unit", "市城管委")
            .put("tables", 12).put("fields", 80).put("records", 5_000))));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertThat(ranking("exchange-collect")).isEqualTo(viaLines);
  }

  @Test
  void anUnknownUnitIsA400NamingTheLineAndNothingOfTheBodyIsStored() {
    JsonObject before = ranking("interface-calls");
    String body = "# two systems of one day\n"
        + "interface,unit=公安局,system=人口库 calls=10i 1531704600000\n"
        + "interface,unit=市不存在局,system=人口库 calls=5i 1531704600000\n";
    Api.Response response = write("interface", "ms", "Token " + collector, body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    JsonObject detail = response.json().getJsonArray("details").getJsonObject(0);
    assertThat(detail.getInteger("index")).isEqualTo(1);
    assertThat(detail.getString("field")).isEqualTo("unit");
    assertThat(detail.getString("message")).isEqualTo("line 3: unknown unit '市不存在局'; add it or an alias to the catalog first");
    assertThat(ranking("interface-calls")).isEqualTo(before);
  }

  @Test
  void linesThatAreNotTheFamilysAreRefusedWithWhatIsWrong() {
    assertThat(write("exchange", "ms", "Token " + collector, "exchange,direction=collect,unit=公安局 tables=38i,fields=477i 1531704600000")
        .body()).contains("records").contains("is required");
    assertThat(write("exchange", "ms", "Token " + collector, "interface,unit=公安局,system=人口库 calls=1i 1531704600000").body())
        .contains("line 1: the measurement is 'interface'; this family's lines are 'exchange'");
    assertThat(write("exchange", "ms", "Token " + collector,
        "exchange,direction=collect,unit=公安局 tables=38i,fields=477i,records=1.5 1531704600000").body())
        .contains("got the fraction 1.5");
    assertThat(write("exchange", "ms", "Token " + collector, "exchange,direction=collect,unit=公安局 tables=38i,fields=477i,records=9i oops")
        .body()).contains("the timestamp 'oops' is not a whole number");
    assertThat(write("exchange", "ns", "Token " + collector,
        "exchange,direction=collect,unit=公安局 tables=38i,fields=477i,records=9i 1531704600000000001").body())
        .contains("finer than a millisecond");
    assertThat(write("exchange", "ms", "Token " + collector, "").status()).isEqualTo(400);
    assertThat(write("nosuchfamily", "ms", "Token " + collector, "x v=1i").status()).isEqualTo(400);
    assertThat(write("exchange", "minutes", "Token " + collector, "x v=1i").status()).isEqualTo(400);
    Api.Response notUtf8 = running.api.raw("POST", "/api/v2/write?bucket=exchange&precision=ms", "Token " + collector,
        "text/plain", new byte[] {'e', 'x', (byte) 0xC3, '\n'});
    assertThat(notUtf8.status()).isEqualTo(400);
    assertThat(notUtf8.body()).contains("not UTF-8");
  }

  @Test
  void theTokenDecidesWhoMayWriteWhichFamily() {
    String line = "exchange,direction=push,unit=公安局 tables=1i,fields=1i,records=1i 1531704600000";
    try (InfluxDBClient influx = client("not-a-token", "exchange")) {
      assertThatThrownBy(() -> influx.getWriteApiBlocking().writeRecord(WritePrecision.MS, line)).isInstanceOf(UnauthorizedException.class);
    }
    try (InfluxDBClient influx = client(eseal, "exchange")) {
      assertThatThrownBy(() -> influx.getWriteApiBlocking().writeRecord(WritePrecision.MS, line)).isInstanceOf(ForbiddenException.class);
    }
    try (InfluxDBClient influx = client(collector, "exchange")) {
      assertThatThrownBy(() -> influx.getWriteApiBlocking().writeRecord(WritePrecision.MS, line.replace("unit=公安局", "unit=市不存在局")))
          .isInstanceOf(BadRequestException.class);
    }
    assertThat(write("exchange", "ms", "Token " + RunningPlatform.ADMIN, line).status()).isEqualTo(403);
    assertThat(write("exchange", "ms", "Bearer " + collector, line).status()).isEqualTo(204);
  }

  private static Api.Response write(String bucket, String precision, String authorization, String body) {
    return running.api.raw("POST", "/api/v2/write?org=city&bucket=" + bucket + "&precision=" + precision, authorization,
        "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject ranking(String table) {
    Api.Response response = running.api.get("/api/v1/rankings/" + table + WEEK, collector);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

}
