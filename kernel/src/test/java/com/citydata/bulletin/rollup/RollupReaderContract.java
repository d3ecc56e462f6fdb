package com.citydata.bulletin.rollup;

import static com.citydata.bulletin.series.SeriesSchema.counter;
import static com.citydata.bulletin.series.SeriesSchema.gauge;
import static com.citydata.bulletin.series.SeriesSchema.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointRow;
import com.citydata.bulletin.series.SeriesPoint;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import com.citydata.bulletin.storage.TimeSeriesWriter;
import com.citydata.bulletin.testing.TestPostgres;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A year of points on a real store, read through roll-ups in a real PostgreSQL: every window answers exactly as the
 * store alone does, also after old weeks are back-filled or re-posted, and a window reads at most two weeks of raw
 * points once its roll-ups exist. Subclasses run it on the embedded QuestDB and on InfluxDB 1.x.
 */
abstract class RollupReaderContract {
  static final SeriesSchema EXCHANGE = new SeriesSchema("rollup_exchange", List.of("direction", "unit"),
      List.of(gauge("table_count"), gauge("field_count"), counter("records")));
  static final SeriesSchema CATALOGUE = new SeriesSchema("rollup_catalogue", List.of("unit", "code"),
      List.of(counter("added"), counter("uses"), text("licence_name"), text("work_status")));
  static final List<SeriesSchema> SCHEMAS = List.of(EXCHANGE, CATALOGUE);
  static final WeekCalendar CALENDAR = new WeekCalendar(DayOfWeek.FRIDAY, ZoneId.of("Asia/Shanghai"));
  private static final LocalDate FIRST_DAY = LocalDate.parse("2017-07-01");
  private static final LocalDate LAST_DAY = LocalDate.parse("2018-07-20");
  private static final List<String> UNITS = List.of("市公安局", "市税务局", "市民卡公司", "O'Brien \"部门\", a=b");
  private static final Clock NOW = Clock.fixed(Instant.parse("2018-09-01T00:00:00Z"), ZoneOffset.UTC);

  protected Vertx vertx;
  private Pool pg;
  private TimeSeriesReader store;
  private final List<WindowQuery> asked = Collections.synchronizedList(new ArrayList<>());
  private TimeSeriesReader rollups;
  private TimeSeriesWriter writer;

  /** The store's own writer, answering once a read sees the points. */
  protected abstract TimeSeriesWriter newStoreWriter(AppConfig config);

  protected abstract TimeSeriesReader newStoreReader(AppConfig config);

  /** The settings of the store under test, with PostgreSQL at {@code pgUrl}. */
  protected abstract AppConfig storeConfig(String pgUrl) throws IOException;

  @BeforeEach
  void open() throws IOException {
    vertx = Vertx.vertx();
    AppConfig config = storeConfig(TestPostgres.newDatabase());
    PgDatabase.migrate(vertx, config).await();
    pg = PgDatabase.pool(vertx, config);
    store = newStoreReader(config);
    rollups = new RollupReader(new RecordingReader(store, asked), pg, CALENDAR, NOW);
    RollupInvalidation invalidation = new RollupInvalidation(pg, CALENDAR, NOW);
    writer = RollupInvalidatingWriter.before(RollupInvalidatingWriter.after(newStoreWriter(config), invalidation), invalidation,
        java.time.Duration.ofSeconds(5));
    writer.write(LineBatch.of(aYearOfPoints())).await();
  }

  @AfterEach
  void close() {
    writer.close().await();
    rollups.close().await();
    pg.close().await();
    vertx.close().await();
  }

  @Test
  void everyWindowAnswersAsTheStoreAlone() {
    List<WeekWindow> windows = windows(4);
    // Out of order, so windows before, at and after the rolled boundaries come in every sequence.
    Collections.shuffle(windows, new Random(7));
    assertEveryQueryAnswersAsTheStore(windows);
    assertEveryQueryAnswersAsTheStore(windows(9));
  }

  @Test
  void backFilledAndRepostedWeeksShowInTheNextRead() {
    assertEveryQueryAnswersAsTheStore(windows(9));
    WeekWindow late = CALENDAR.windowEndingOn(LocalDate.parse("2018-07-20"));
    long before = cumulative(late, "市公安局");

    Instant old = LocalDate.parse("2017-11-02").atStartOfDay(CALENDAR.zone()).toInstant();
    writer.write(LineBatch.of(List.of(
        exchange(old, "collect", "市公安局", 1, 1, 5_000_000),
        exchange(old.plusSeconds(3_600), "collect", "后来的单位", 2, 2, 77),
        catalogue(old.plusSeconds(60), "市税务局", "SW-9", "补录的证照", "已归集", 9, 9)))).await();

    assertThat(cumulative(late, "市公安局")).isNotEqualTo(before);
    assertEveryQueryAnswersAsTheStore(windows(9));
  }

  @Test
  void aWindowReadsAtMostTwoWeeksOfRawPointsOnceItsRollUpsExist() {
    WeekWindow window = CALENDAR.windowEndingOn(LocalDate.parse("2018-06-01"));
    rollups.window(collectByUnit(window)).await();
    for (WeekWindow next = following(window); !next.bulletinDay().isAfter(LAST_DAY); next = following(next)) {
      asked.clear();
      List<WindowRow> rows = rollups.window(collectByUnit(next)).await();

      assertThat(rows).isNotEmpty();
      Instant earliest = next.start().minus(Duration.ofDays(14));
      assertThat(asked).isNotEmpty().allSatisfy(query -> assertThat(query.since()).hasValueSatisfying(since ->
          assertThat(since).isAfterOrEqualTo(earliest)));
    }
  }

  private void assertEveryQueryAnswersAsTheStore(List<WeekWindow> windows) {
    for (WeekWindow window : windows) {
      for (WindowQuery query : queries(window)) {
        assertThat(sorted(rollups.window(query).await())).as("%s %s", query.schema().measurement(), window)
            .isEqualTo(sorted(store.window(query).await()));
      }
    }
  }

  /** The shapes rankings ask, one that groups several series (answered by the store alone), and a day's window. */
  private static List<WindowQuery> queries(WeekWindow window) {
    WeekWindow midweek = CALENDAR.windowEndingOn(window.bulletinDay().minusDays(2));
    return List.of(
        collectByUnit(window),
        WindowQuery.of(EXCHANGE, List.of("direction", "unit"), window.start(), window.end()),
        WindowQuery.of(EXCHANGE, List.of("unit"), window.start(), window.end()),
        WindowQuery.of(CATALOGUE, List.of("unit", "code"), window.start(), window.end()),
        WindowQuery.of(CATALOGUE, List.of("unit", "code"), midweek.start(), midweek.end()),
        new WindowQuery(CATALOGUE, Map.of("unit", "市税务局"), List.of("code"), window.end().minus(Duration.ofDays(1)), window.end()));
  }

  private static WindowQuery collectByUnit(WeekWindow window) {
    return new WindowQuery(EXCHANGE, Map.of("direction", "collect"), List.of("unit"), window.start(), window.end());
  }

  private long cumulative(WeekWindow window, String unit) {
    return rollups.window(collectByUnit(window)).await().stream().filter(r -> r.tag(0).equals(unit))
        .mapToLong(r -> r.cumulative("records")).sum();
  }

  private static List<WindowRow> sorted(List<WindowRow> rows) {
    return rows.stream().sorted(Comparator.comparing(r -> r.tags().toString())).toList();
  }

  /** Every {@code step}th bulletin week that holds points, from the first, and the first week after them. */
  private static List<WeekWindow> windows(int step) {
    List<WeekWindow> windows = new ArrayList<>();
    WeekWindow w = CALENDAR.windowEndingOn(LocalDate.parse("2017-07-07"));
    for (int i = 0; !w.bulletinDay().isAfter(LAST_DAY); i++, w = following(w)) {
      if (i % step == 0) {
        windows.add(w);
      }
    }
    windows.add(w);
    return windows;
  }

  private static WeekWindow following(WeekWindow window) {
    return CALENDAR.windowEndingOn(window.bulletinDay().plusDays(WeekWindow.DAYS));
  }

  /**
   * Daily figures stamped at the bulletin zone's midnight, so many fall exactly on boundaries, some days twice;
   * licences every few days at odd times, with texts that change.
   */
  private static List<SeriesPoint> aYearOfPoints() {
    Random random = new Random(42);
    List<SeriesPoint> points = new ArrayList<>();
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      Instant midnight = day.atStartOfDay(CALENDAR.zone()).toInstant();
      for (int u = 0; u < UNITS.size(); u++) {
        // Units start reporting at different times; the last reports only one direction.
        if (day.isBefore(FIRST_DAY.plusDays(40L * u))) {
          continue;
        }
        points.add(exchange(midnight, "collect", UNITS.get(u), random.nextInt(50), random.nextInt(500), random.nextInt(100_000)));
        if (u < UNITS.size() - 1 && random.nextInt(3) > 0) {
          points.add(exchange(midnight.plusSeconds(random.nextInt(86_400)), "push", UNITS.get(u), random.nextInt(50),
              random.nextInt(500), random.nextInt(1_000)));
        }
        if (day.getDayOfYear() % 4 == u % 4) {
          points.add(catalogue(midnight.plusSeconds(3_600L + random.nextInt(7_200)), UNITS.get(u), "C" + random.nextInt(3),
              "证照" + random.nextInt(5), random.nextBoolean() ? "已归集" : "归集中", random.nextInt(300), random.nextInt(30)));
        }
      }
    }
    return points;
  }

  static SeriesPoint exchange(Instant time, String direction, String unit, long tables, long fields, long records) {
    return SeriesPoint.of(EXCHANGE.measurement(), Map.of("direction", direction, "unit", unit),
        Map.of("table_count", tables, "field_count", fields, "records", records), time);
  }

  static SeriesPoint catalogue(Instant time, String unit, String code, String name, String status, long added, long uses) {
    return SeriesPoint.of(CATALOGUE.measurement(), Map.of("unit", unit, "code", code),
        Map.of("added", added, "uses", uses, "licence_name", name, "work_status", status), time);
  }

  /** The store's reader as the roll-ups see it, noting every window they ask of it. */
  private record RecordingReader(TimeSeriesReader reader, List<WindowQuery> asked) implements TimeSeriesReader {
    @Override
    public Future<List<WindowRow>> window(WindowQuery query) {
      asked.add(query);
      return reader.window(query);
    }

    @Override
    public Future<List<PointRow>> points(SeriesSchema schema, Instant start, Instant end) {
      return reader.points(schema, start, end);
    }

    @Override
    public Future<Void> close() {
      return reader.close();
    }
  }
}
