package com.citydata.bulletin.storage;

import static com.citydata.bulletin.series.SeriesSchema.counter;
import static com.citydata.bulletin.series.SeriesSchema.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.domain.Names;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.LineProtocol;
import com.citydata.bulletin.series.PointRow;
import com.citydata.bulletin.series.SeriesPoint;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import com.citydata.bulletin.testing.SharedQuestDb;
import com.citydata.bulletin.testing.TestInfluxDb;
import com.citydata.bulletin.testing.UnusualNames;
import com.citydata.bulletin.timeseries.TimeSeriesStore;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every name the input rule accepts is stored and read back byte for byte, as a tag and as a string field, on both
 * stores: points built by the product's writer, read by the product's readers, all points at once and one name at
 * a time through a filter (InfluxQL quotes it as a literal, QuestDB binds it).
 */
class NameRoundTripTest {
  private static final SeriesSchema NAMES = new SeriesSchema("name_round_trip", List.of("unit", "code"),
      List.of(counter("calls"), text("label")));
  private static final Instant START = Instant.parse("2018-07-13T16:00:00Z");
  private static final Instant END = Instant.parse("2018-07-20T16:00:00Z");

  private Vertx vertx;

  @BeforeEach
  void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void closeVertx() {
    vertx.close().await();
  }

  @Test
  void theNamesAreAllAcceptedByTheInputRule() {
    assertThat(UnusualNames.ALL).allSatisfy(name -> assertThat(Names.problem(name)).as(name).isEmpty());
    assertThat(UnusualNames.ALL).doesNotHaveDuplicates();
    assertThat(UnusualNames.LONGEST.codePointCount(0, UnusualNames.LONGEST.length())).isEqualTo(Names.MAX_LENGTH);
    assertThat(UnusualNames.LONGEST.length()).isGreaterThan(Names.MAX_LENGTH);
  }

  @Test
  void influxDbKeepsEveryName() throws Exception {
    String database = TestInfluxDb.newDatabase();
    TestInfluxDb.write(database, points().stream().map(p -> LineProtocol.line(p)).toList());
    AppConfig config = AppConfig.load(Optional.empty(), Map.of(
        AppConfig.INFLUX_URL, TestInfluxDb.URL,
        AppConfig.INFLUX_TOKEN, "unused-by-1.x",
        AppConfig.INFLUX_ORG, "bulletin",
        AppConfig.INFLUX_BUCKET, database + "/autogen",
        AppConfig.INFLUX_DATABASE, database));
    TimeSeriesReader reader = TimeSeriesStore.reader(vertx, config);
    try {
      assertReadBackExactly(reader);
    } finally {
      reader.close().await();
    }
    report("InfluxDB 1.x (/write, InfluxQlReader)");
  }

  @Test
  void questDbKeepsEveryName() throws Exception {
    AppConfig config = SharedQuestDb.configure(AppConfig.load(Optional.empty(), Map.of()));
    SharedQuestDb.truncate(NAMES.measurement());
    TimeSeriesStore.ensureSchema(vertx, config, List.of(NAMES)).await();
    TimeSeriesWriter writer = TimeSeriesStore.writer(vertx, config);
    TimeSeriesReader reader = TimeSeriesStore.reader(vertx, config);
    try {
      writer.write(LineBatch.of(points())).await();
      assertReadBackExactly(reader);
    } finally {
      writer.close().await();
      reader.close().await();
    }
    report("embedded QuestDB (/api/v2/write, QuestDbReader)");
  }

  private static void report(String store) {
    List<String> names = UnusualNames.ALL;
    System.out.println("Name round trip on " + store + ": " + names.size() + " names ("
        + names.stream().mapToInt(n -> n.codePointCount(0, n.length())).sum() + " code points, "
        + names.stream().mapToInt(n -> n.getBytes(StandardCharsets.UTF_8).length).sum()
        + " UTF-8 bytes) as two tags and a string field, read back byte for byte, each also through a filter");
  }

  /** Each name is a unit, a code and a label at once, with its own count, so that two names merged would show. */
  private static List<SeriesPoint> points() {
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < UnusualNames.ALL.size(); i++) {
      String name = UnusualNames.ALL.get(i);
      points.add(SeriesPoint.of(NAMES.measurement(), Map.of("unit", name, "code", name),
          Map.of("calls", i + 1L, "label", name), START.plusSeconds(i)));
    }
    return points;
  }

  private static void assertReadBackExactly(TimeSeriesReader reader) {
    List<PointRow> rows = reader.points(NAMES, START, END).await();
    List<String> sent = UnusualNames.ALL.stream().map(UnusualNames::utf8).toList();
    assertThat(rows).hasSameSizeAs(UnusualNames.ALL);
    assertThat(rows.stream().map(r -> UnusualNames.utf8(r.tag("unit")))).containsExactlyInAnyOrderElementsOf(sent);
    assertThat(rows.stream().map(r -> UnusualNames.utf8(r.tag("code")))).containsExactlyInAnyOrderElementsOf(sent);
    assertThat(rows.stream().map(r -> UnusualNames.utf8((String) r.fields().get("label")))).containsExactlyInAnyOrderElementsOf(sent);
    assertThat(rows.stream().map(r -> r.tag("unit"))).containsExactlyInAnyOrderElementsOf(UnusualNames.ALL);
    for (PointRow row : rows) {
      assertThat(List.of(row.tag("code"), row.fields().get("label"))).as("one point's names").containsOnly(row.tag("unit"));
    }

    for (int i = 0; i < UnusualNames.ALL.size(); i++) {
      String name = UnusualNames.ALL.get(i);
      List<WindowRow> window = reader.window(new WindowQuery(NAMES, Map.of("unit", name), List.of("code"), START, END)).await();
      assertThat(window).as("the window of unit %s (%s)", name, UnusualNames.utf8(name)).hasSize(1);
      assertThat(UnusualNames.utf8(window.get(0).tag(0))).isEqualTo(UnusualNames.utf8(name));
      assertThat(UnusualNames.utf8(window.get(0).text("label"))).isEqualTo(UnusualNames.utf8(name));
      assertThat(window.get(0).weekly("calls")).as(name).isEqualTo(i + 1L);
    }
  }
}
