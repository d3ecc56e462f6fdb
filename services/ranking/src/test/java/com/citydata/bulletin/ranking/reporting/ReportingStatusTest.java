package com.citydata.bulletin.ranking.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.series.PointRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportingStatusTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** 2018-07-14 to 2018-07-20, Beijing time. */
  private static final WeekWindow WINDOW = new WeekWindow(LocalDate.parse("2018-07-20"), ZONE);

  private static PointRow point(String unit, String time) {
    return new PointRow(Map.of("unit", unit), Map.of("records", 1L), Instant.parse(time));
  }

  @Test
  void aUnitThatPostedInTheFourWeeksBeforeButNotInThisWindowIsSilentWithItsLastTime() {
    List<PointRow> points = List.of(
        point("市公安局", "2018-07-16T01:30:00Z"), point("市公安局", "2018-07-10T01:30:00Z"),
        point("市民政局", "2018-07-03T01:30:00Z"), point("市民政局", "2018-07-06T01:30:00Z"),
        // Five weeks before: no longer expected.
        point("市财政局", "2018-06-15T01:30:00Z"),
        // The window's last instant is 2018-07-20T16:00Z, exclusive; the first is 2018-07-13T16:00Z.
        point("市教育局", "2018-07-13T15:59:59Z"), point("市统计局", "2018-07-13T16:00:00Z"), point("市审计局", "2018-07-20T16:00:00Z"));

    ReportingStatus.FamilyStatus status = ReportingStatus.of("exchange", "unit", points, WINDOW, List.of("市民政局", "市公安局"));

    assertThat(status.reported()).containsExactly(new ReportingStatus.Reporter("市公安局", Instant.parse("2018-07-16T01:30:00Z")),
        new ReportingStatus.Reporter("市统计局", Instant.parse("2018-07-13T16:00:00Z")));
    assertThat(status.silent()).containsExactly(new ReportingStatus.Reporter("市民政局", Instant.parse("2018-07-06T01:30:00Z")),
        new ReportingStatus.Reporter("市教育局", Instant.parse("2018-07-13T15:59:59Z")));
  }

  @Test
  void theUnitsAreExpectedFromTheStartOfTheFourthWindowBefore() {
    assertThat(ReportingStatus.readFrom(WINDOW)).isEqualTo(Instant.parse("2018-06-15T16:00:00Z"));
  }
}
