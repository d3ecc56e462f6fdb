package com.citydata.bulletin.storage;

import static com.citydata.bulletin.exchange.Direction.COLLECT;
import static com.citydata.bulletin.exchange.Direction.PUSH;
import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.dingtalk.DingtalkDay;
import com.citydata.bulletin.dingtalk.DingtalkSeries;
import com.citydata.bulletin.exchange.ExchangeFigures;
import com.citydata.bulletin.exchange.ExchangeSeries;
import com.citydata.bulletin.interfacecalls.InterfaceSeries;
import com.citydata.bulletin.interfacecalls.SystemFigures;
import com.citydata.bulletin.pagequery.ModuleFigures;
import com.citydata.bulletin.pagequery.PageQuerySeries;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every time-series store must answer alike. Subclasses run it against a real server: the embedded QuestDB
 * (SQL over its PostgreSQL wire) and InfluxDB (InfluxQL).
 */
abstract class TimeSeriesReaderContract {
  static final Instant START = Instant.parse("2018-07-13T16:00:00Z");
  static final Instant END = Instant.parse("2018-07-20T16:00:00Z");

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

  @Test
  void sumsRecordsUpToTheEndAndWithinTheWindowAndTakesTheLastGauges() {
    write(List.of(
        ExchangeSeries.point(Instant.parse("2018-07-01T01:00:00Z"), COLLECT, "市公安局", 30, 400, 1_000_000),
        ExchangeSeries.point(START, COLLECT, "市公安局", 36, 470, 200),
        ExchangeSeries.point(Instant.parse("2018-07-18T02:00:00Z"), COLLECT, "市公安局", 38, 477, 50),
        ExchangeSeries.point(END.minusMillis(1), COLLECT, "市公安局", 38, 477, 7),
        ExchangeSeries.point(END, COLLECT, "市公安局", 99, 999, 123_456)));

    assertThat(figures(COLLECT)).containsExactly(new ExchangeFigures("市公安局", 1_000_257, 257, 38, 477));
  }

  @Test
  void aPointRepostedWithTheSameTimeAndTagsReplacesTheEarlierOne() {
    Instant time = Instant.parse("2018-07-16T01:30:00Z");
    write(List.of(ExchangeSeries.point(time, COLLECT, "市民卡公司", 57, 466, 42_000)));
    write(List.of(ExchangeSeries.point(time, COLLECT, "市民卡公司", 58, 470, 40_000)));

    assertThat(figures(COLLECT)).containsExactly(new ExchangeFigures("市民卡公司", 40_000, 40_000, 58, 470));
  }

  @Test
  void keepsDirectionsApartAndListsUnitsThatOnlyReportedBeforeTheWindow() {
    write(List.of(
        ExchangeSeries.point(Instant.parse("2018-06-01T00:00:00Z"), COLLECT, "市税务局", 22, 278, 12_803_000),
        ExchangeSeries.point(Instant.parse("2018-07-15T00:00:00Z"), PUSH, "市税务局", 5, 50, 900)));

    assertThat(figures(COLLECT)).containsExactly(new ExchangeFigures("市税务局", 12_803_000, 0, 22, 278));
    assertThat(figures(PUSH)).containsExactly(new ExchangeFigures("市税务局", 900, 900, 5, 50));
  }

  @Test
  void unitNamesWithSpacesCommasQuotesAndEqualSignsComeBackIntact() {
    // Backslashes are refused by the catalog: QuestDB's line protocol reads them as escapes, InfluxDB does not.
    List<String> names = List.of("市城管委, 等 其他", "O'Brien \"部门\"", "a=b c,d");
    for (int i = 0; i < names.size(); i++) {
      write(List.of(ExchangeSeries.point(Instant.parse("2018-07-16T00:00:00Z"), COLLECT, names.get(i), i, i, 10L + i)));
    }

    assertThat(figures(COLLECT)).extracting(ExchangeFigures::unit).containsExactlyInAnyOrderElementsOf(names);
    assertThat(figures(COLLECT)).extracting(ExchangeFigures::weekly).containsExactlyInAnyOrder(10L, 11L, 12L);
  }

  @Test
  void anEmptyStoreHasNoFigures() {
    assertThat(figures(PUSH)).isEmpty();
  }

  @Test
  void interfaceCallsAreSummedPerUnitAndSystem() {
    Instant midweek = Instant.parse("2018-07-17T02:00:00Z");
    write(List.of(
        InterfaceSeries.point(Instant.parse("2018-07-01T00:00:00Z"), "市民卡公司", "惠民征信系统", 27_495_000),
        InterfaceSeries.point(midweek, "市民卡公司", "惠民征信系统", 5),
        InterfaceSeries.point(END, "市民卡公司", "惠民征信系统", 1_000),
        InterfaceSeries.point(midweek, "市民卡公司", "惠民 征信, 备用", 7),
        InterfaceSeries.point(midweek, "江干区", "惠民征信系统", 11)));
    write(List.of(InterfaceSeries.point(midweek, "市民卡公司", "惠民征信系统", 1_089_000)));

    assertThat(reader.interfaceFigures(START, END).await()).containsExactlyInAnyOrder(
        new SystemFigures("市民卡公司", "惠民征信系统", 28_584_000, 1_089_000),
        new SystemFigures("市民卡公司", "惠民 征信, 备用", 7, 7),
        new SystemFigures("江干区", "惠民征信系统", 11, 11));
  }

  @Test
  void pageQueryVisitsAreSummedPerUnitAndModule() {
    write(List.of(
        PageQuerySeries.point(Instant.parse("2018-06-01T00:00:00Z"), "市公安局", "户籍信息查询", 219_561),
        PageQuerySeries.point(Instant.parse("2018-07-15T00:00:00Z"), "市公安局", "户籍信息查询", 7_000),
        PageQuerySeries.point(Instant.parse("2018-07-16T00:00:00Z"), "市公安局", "户籍信息查询", 87),
        PageQuerySeries.point(Instant.parse("2018-06-01T00:00:00Z"), "市公安局", "出入境记录", 3)));

    assertThat(reader.pageQueryFigures(START, END).await()).containsExactlyInAnyOrder(
        new ModuleFigures("市公安局", "户籍信息查询", 226_648, 7_087),
        new ModuleFigures("市公安局", "出入境记录", 3, 0));
  }

  @Test
  void dingtalkDaysOfTheWindowComeBackAndARepostReplacesTheWholeDay() {
    Instant firstDay = START;
    Instant lastDay = END.minusSeconds(86_400);
    write(List.of(
        DingtalkSeries.point(firstDay.minusSeconds(86_400), "市公安局", 3600, 3500, 1800, OptionalLong.empty()),
        DingtalkSeries.point(firstDay, "市公安局", 3660, 3560, 1870, OptionalLong.of(2900)),
        DingtalkSeries.point(lastDay, "市公安局", 3670, 3566, 1877, OptionalLong.of(2950)),
        DingtalkSeries.point(END, "市公安局", 3700, 3600, 1900, OptionalLong.empty())));
    write(List.of(DingtalkSeries.point(firstDay, "市公安局", 3661, 3561, 1871, OptionalLong.empty())));

    assertThat(reader.dingtalkDays(START, END).await()).containsExactlyInAnyOrder(
        new DingtalkDay("市公安局", firstDay, 3661, 3561, 1871, OptionalLong.empty()),
        new DingtalkDay("市公安局", lastDay, 3670, 3566, 1877, OptionalLong.of(2950)));
  }

  private List<ExchangeFigures> figures(com.citydata.bulletin.exchange.Direction direction) {
    return reader.exchangeFigures(direction, START, END).await();
  }
}
