package com.citydata.bulletin.storage;

import static com.citydata.bulletin.series.SeriesSchema.counter;
import static com.citydata.bulletin.series.SeriesSchema.gauge;
import static com.citydata.bulletin.series.SeriesSchema.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.series.PointRow;
import com.citydata.bulletin.series.SeriesPoint;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every time-series store must answer alike, for any schema. Subclasses run it against a real server: the
 * embedded QuestDB (SQL over its PostgreSQL wire) and InfluxDB (InfluxQL).
 */
abstract class TimeSeriesReaderContract {
  static final Instant START = Instant.parse("2018-07-13T16:00:00Z");
  static final Instant END = Instant.parse("2018-07-20T16:00:00Z");
  /** Counters and gauges under two tags, as data exchange is stored. */
  static final SeriesSchema EXCHANGE = new SeriesSchema("contract_exchange", List.of("direction", "unit"),
      List.of(gauge("table_count"), gauge("field_count"), counter("records")));
  /** Two counters and two texts, as e-licences are stored. */
  static final SeriesSchema CATALOGUE = new SeriesSchema("contract_catalogue", List.of("unit", "code"),
      List.of(counter("added"), counter("uses"), text("licence_name"), text("work_status")));
  /** Gauges alone, as daily figures are stored. */
  static final SeriesSchema DAILY = new SeriesSchema("contract_daily", List.of("unit"),
      List.of(gauge("registered"), gauge("active_users")));
  static final List<SeriesSchema> SCHEMAS = List.of(EXCHANGE, CATALOGUE, DAILY);

  protected Vertx vertx;
  protected TimeSeriesReader reader;

  /** Stores the points as the product would and returns once a read sees them. */
  protected abstract void write(List<SeriesPoint> points);

  protected abstract TimeSeriesReader newReader();

  @BeforeEach
  void openReader() {
    vertx = Vertx.vertx();
    reader = newReader();
  }

  @AfterEach
  void closeReader() {
    reader.close().await();
    vertx.close().await();
  }

  static SeriesPoint exchange(Instant time, String direction, String unit, long tables, long fields, long records) {
    return SeriesPoint.of(EXCHANGE.measurement(), Map.of("direction", direction, "unit", unit),
        Map.of("table_count", tables, "field_count", fields, "records", records), time);
  }

  /** unit, cumulative records, weekly records, last tables, last fields */
  record Figures(String unit, long cumulative, long weekly, long tables, long fields) {
  }

  private List<Figures> figures(String direction) {
    return reader.window(new WindowQuery(EXCHANGE, Map.of("direction", direction), List.of("unit"), START, END)).await().stream()
        .map(r -> new Figures(r.tag(0), r.cumulative("records"), r.weekly("records"), r.gauge("table_count"), r.gauge("field_count")))
        .toList();
  }

  @Test
  void sumsCountersUpToTheEndAndWithinTheWindowAndTakesTheLastGauges() {
    write(List.of(
        exchange(Instant.parse("2018-07-01T01:00:00Z"), "collect", "市公安局", 30, 400, 1_000_000),
        exchange(START, "collect", "市公安局", 36, 470, 200),
        exchange(Instant.parse("2018-07-18T02:00:00Z"), "collect", "市公安局", 38, 477, 50),
        exchange(END.minusMillis(1), "collect", "市公安局", 38, 477, 7),
        exchange(END, "collect", "市公安局", 99, 999, 123_456)));

    assertThat(figures("collect")).containsExactly(new Figures("市公安局", 1_000_257, 257, 38, 477));
  }

  @Test
  void aPointRepostedWithTheSameTimeAndTagsReplacesTheEarlierOne() {
    Instant time = Instant.parse("2018-07-16T01:30:00Z");
    write(List.of(exchange(time, "collect", "市民卡公司", 57, 466, 42_000)));
    write(List.of(exchange(time, "collect", "市民卡公司", 58, 470, 40_000)));

    assertThat(figures("collect")).containsExactly(new Figures("市民卡公司", 40_000, 40_000, 58, 470));
  }

  @Test
  void filtersByTagAndListsGroupsThatOnlyReportedBeforeTheWindow() {
    write(List.of(
        exchange(Instant.parse("2018-06-01T00:00:00Z"), "collect", "市税务局", 22, 278, 12_803_000),
        exchange(Instant.parse("2018-07-15T00:00:00Z"), "push", "市税务局", 5, 50, 900)));

    assertThat(figures("collect")).containsExactly(new Figures("市税务局", 12_803_000, 0, 22, 278));
    assertThat(figures("push")).containsExactly(new Figures("市税务局", 900, 900, 5, 50));
  }

  @Test
  void tagValuesWithSpacesCommasQuotesAndEqualSignsComeBackIntact() {
    // Backslashes are refused by the catalog: QuestDB's line protocol reads them as escapes, InfluxDB does not.
    List<String> names = List.of("市城管委, 等 其他", "O'Brien \"部门\"", "a=b c,d");
    for (int i = 0; i < names.size(); i++) {
      write(List.of(exchange(Instant.parse("2018-07-16T00:00:00Z"), "collect", names.get(i), i, i, 10L + i)));
    }

    assertThat(figures("collect")).extracting(Figures::unit).containsExactlyInAnyOrderElementsOf(names);
    assertThat(figures("collect")).extracting(Figures::weekly).containsExactlyInAnyOrder(10L, 11L, 12L);
  }

  @Test
  void anEmptyStoreHasNoFigures() {
    assertThat(figures("push")).isEmpty();
    assertThat(reader.points(DAILY, START, END).await()).isEmpty();
  }

  @Test
  void groupsByTwoTagsAndKeepsTheLastTexts() {
    Instant midweek = Instant.parse("2018-07-17T02:00:00Z");
    write(List.of(
        catalogue(Instant.parse("2018-07-01T00:00:00Z"), "市规划局", "GHJ330401", "建设用地规划许可证（旧）", "归集中", 200, 20),
        catalogue(midweek, "市规划局", "GHJ330401", "建设用地规划许可证", "已归集", 40, 6),
        catalogue(END, "市规划局", "GHJ330401", "未来的名称", "未来", 1_000, 1_000),
        catalogue(midweek, "市规划局", "GHJ330402", "建设工程规划许可证, 副本 \"A\"", "已归集", 181, 0),
        catalogue(midweek, "市残联", "CL330401", "残疾人证", "已归集", 0, 3)));

    List<WindowRow> rows = reader.window(WindowQuery.of(CATALOGUE, List.of("unit", "code"), START, END)).await();

    assertThat(rows).extracting(r -> List.of(r.tag(0), r.tag(1), r.text("licence_name"), r.text("work_status"),
        r.cumulative("added"), r.weekly("added"), r.cumulative("uses"), r.weekly("uses"))).containsExactlyInAnyOrder(
        List.of("市规划局", "GHJ330401", "建设用地规划许可证", "已归集", 240L, 40L, 26L, 6L),
        List.of("市规划局", "GHJ330402", "建设工程规划许可证, 副本 \"A\"", "已归集", 181L, 181L, 0L, 0L),
        List.of("市残联", "CL330401", "残疾人证", "已归集", 0L, 0L, 3L, 3L));
  }

  @Test
  void eachGroupKnowsWhenItWasFirstReportedBeforeTheEnd() {
    Instant early = Instant.parse("2018-06-01T02:00:00Z");
    Instant later = Instant.parse("2018-07-16T03:00:00Z");
    write(List.of(
        catalogue(later, "市规划局", "GHJ330401", "甲", "已归集", 1, 0),
        catalogue(early, "市规划局", "GHJ330401", "甲", "已归集", 1, 0),
        catalogue(later, "市残联", "CL330401", "乙", "已归集", 1, 0),
        catalogue(END.minusSeconds(60), "市残联", "CL330402", "丙", "已归集", 1, 0),
        catalogue(END, "市残联", "CL330403", "丁", "已归集", 1, 0)));

    assertThat(reader.window(WindowQuery.of(CATALOGUE, List.of("unit", "code"), START, END)).await())
        .extracting(r -> r.tag(1) + "@" + r.first()).containsExactlyInAnyOrder(
            "GHJ330401@" + early, "CL330401@" + later, "CL330402@" + END.minusSeconds(60));
  }

  @Test
  void gaugesAloneTakeTheLastValueAtOrBeforeTheEnd() {
    write(List.of(
        daily(Instant.parse("2018-06-29T16:00:00Z"), "市公安局", 3600, 1800),
        daily(Instant.parse("2018-07-12T16:00:00Z"), "市公安局", 3660, 1870),
        daily(END, "市公安局", 3700, 1900)));

    assertThat(reader.window(WindowQuery.of(DAILY, List.of("unit"), START, END)).await())
        .extracting(r -> List.of(r.tag(0), r.gauge("registered"), r.gauge("active_users")))
        .containsExactly(List.of("市公安局", 3660L, 1870L));
  }

  @Test
  void aLowerBoundLeavesEarlierPointsUnread() {
    Instant since = Instant.parse("2018-07-06T16:00:00Z");
    write(List.of(
        exchange(Instant.parse("2018-07-01T01:00:00Z"), "collect", "市公安局", 30, 400, 1_000_000),
        exchange(since.minusMillis(1), "collect", "市公安局", 31, 401, 1_000),
        exchange(since, "collect", "市公安局", 32, 402, 300),
        exchange(Instant.parse("2018-07-18T02:00:00Z"), "collect", "市公安局", 33, 403, 20),
        exchange(Instant.parse("2018-07-02T00:00:00Z"), "collect", "市税务局", 22, 278, 5_000)));

    List<WindowRow> rows = reader.window(new WindowQuery(EXCHANGE, Map.of("direction", "collect"), List.of("unit"), START, END)
        .withSince(since)).await();

    assertThat(rows).extracting(r -> List.of(r.tag(0), r.cumulative("records"), r.weekly("records"), r.gauge("table_count"), r.first()))
        .containsExactly(List.of("市公安局", 320L, 20L, 33L, since));
  }

  @Test
  void pointsOfTheWindowComeBackAndARepostReplacesTheWholePoint() {
    Instant firstDay = START;
    Instant lastDay = END.minusSeconds(86_400);
    write(List.of(
        daily(firstDay.minusSeconds(86_400), "市公安局", 3600, 1800),
        daily(firstDay, "市公安局", 3660, 1870),
        daily(lastDay, "市公安局", 3670, 1877),
        daily(END, "市公安局", 3700, 1900)));
    write(List.of(daily(firstDay, "市公安局", 3661, 1871)));

    assertThat(reader.points(DAILY, START, END).await()).containsExactlyInAnyOrder(
        new PointRow(Map.of("unit", "市公安局"), Map.of("registered", 3661L, "active_users", 1871L), firstDay),
        new PointRow(Map.of("unit", "市公安局"), Map.of("registered", 3670L, "active_users", 1877L), lastDay));
  }

  static SeriesPoint catalogue(Instant time, String unit, String code, String name, String status, long added, long uses) {
    return SeriesPoint.of(CATALOGUE.measurement(), Map.of("unit", unit, "code", code),
        Map.of("added", added, "uses", uses, "licence_name", name, "work_status", status), time);
  }

  static SeriesPoint daily(Instant day, String unit, long registered, long active) {
    return SeriesPoint.of(DAILY.measurement(), Map.of("unit", unit), Map.of("registered", registered, "active_users", active), day);
  }
}
