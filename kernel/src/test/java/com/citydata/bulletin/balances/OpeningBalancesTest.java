package com.citydata.bulletin.balances;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A balance takes the place of what a series posted up to it, in cumulative figures alone. */
class OpeningBalancesTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final SeriesSchema SCHEMA = new SeriesSchema("exchange", List.of("direction", "unit"),
      List.of(SeriesSchema.counter("records"), SeriesSchema.gauge("table_count")));
  private static final OpeningBalance POLICE = new OpeningBalance("exchange", Map.of("direction", "collect", "unit", "市公安局"),
      LocalDate.of(2018, 7, 13), Map.of("records", 1_000L));
  private static final OpeningBalance CIVIL = new OpeningBalance("exchange", Map.of("direction", "collect", "unit", "市民政局"),
      LocalDate.of(2018, 7, 13), Map.of("records", 500L));

  private static WindowQuery week(LocalDate friday, List<String> groupBy, Map<String, String> filter) {
    return new WindowQuery(SCHEMA, filter, groupBy, friday.minusDays(6).atStartOfDay(ZONE).toInstant(),
        friday.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  @Test
  void theBalanceReplacesWhatWasPostedBeforeItAndNeverTheWeek() {
    WindowQuery query = week(LocalDate.of(2018, 7, 20), List.of("unit"), Map.of("direction", "collect"));
    // 市公安局 posted 30 before the balance (replaced by it) and 7 within the week; 市民政局 nothing at all.
    WindowRow posted = new WindowRow(List.of("市公安局"), Map.of("records", 37L), Map.of("records", 7L), Map.of("table_count", 38L),
        Instant.parse("2018-06-01T00:00:00Z"));
    WindowRow before = new WindowRow(List.of("collect", "市公安局"), Map.of("records", 30L), Map.of(), Map.of(), Instant.parse("2018-06-01T00:00:00Z"));
    List<OpeningBalance> applying = OpeningBalances.applying(query, List.of(POLICE, CIVIL), ZONE);
    List<WindowRow> rows = OpeningBalances.apply(query, List.of(posted), applying, Map.of(POLICE.series(), before), ZONE);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).cumulative("records")).isEqualTo(1_007L);
    assertThat(rows.get(0).weekly("records")).isEqualTo(7L);
    assertThat(rows.get(0).gauge("table_count")).isEqualTo(38L);
    assertThat(rows.get(1).tags()).containsExactly("市民政局");
    assertThat(rows.get(1).cumulative("records")).isEqualTo(500L);
    assertThat(rows.get(1).weekly("records")).isZero();
  }

  @Test
  void aBalanceCountsFromTheEndOfItsDayAndOnlyForTheSeriesTheFilterKeeps() {
    assertThat(OpeningBalances.applying(week(LocalDate.of(2018, 7, 13), List.of("unit"), Map.of()), List.of(POLICE), ZONE))
        .as("the window ending on its day").containsExactly(POLICE);
    assertThat(OpeningBalances.applying(week(LocalDate.of(2018, 7, 12), List.of("unit"), Map.of()), List.of(POLICE), ZONE))
        .as("a window ending the day before").isEmpty();
    assertThat(OpeningBalances.applying(week(LocalDate.of(2018, 7, 20), List.of("unit"), Map.of("direction", "push")), List.of(POLICE), ZONE))
        .isEmpty();
  }
}
