package com.citydata.bulletin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WeekCalendarTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final WeekCalendar fridays = new WeekCalendar(DayOfWeek.FRIDAY, SHANGHAI);

  @Test
  void theSeedsWeekRunsFromSaturdayMidnightToTheMidnightAfterTheBulletinDay() {
    WeekWindow window = fridays.windowEndingOn(LocalDate.of(2018, 7, 20));
    assertThat(window.firstDay()).isEqualTo(LocalDate.of(2018, 7, 14));
    assertThat(window.start()).isEqualTo(Instant.parse("2018-07-13T16:00:00Z"));
    assertThat(window.end()).isEqualTo(Instant.parse("2018-07-20T16:00:00Z"));
    assertThat(window.previous().bulletinDay()).isEqualTo(LocalDate.of(2018, 7, 13));
  }

  @Test
  void aWindowIsCompleteOnlyOnceItsBulletinDayIsOverInTheBulletinsZone() {
    assertThat(fridays.lastCompleteWindow(Instant.parse("2018-07-20T15:59:59Z")).bulletinDay())
        .isEqualTo(LocalDate.of(2018, 7, 13));
    assertThat(fridays.lastCompleteWindow(Instant.parse("2018-07-20T16:00:00Z")).bulletinDay())
        .isEqualTo(LocalDate.of(2018, 7, 20));
    assertThat(fridays.lastCompleteWindow(Instant.parse("2018-07-25T08:00:00Z")).bulletinDay())
        .isEqualTo(LocalDate.of(2018, 7, 20));
  }

  @Test
  void weekdayAndZoneAreConfiguration() {
    WeekCalendar sundaysInUtc = new WeekCalendar(DayOfWeek.SUNDAY, ZoneId.of("UTC"));
    WeekWindow window = sundaysInUtc.lastCompleteWindow(Instant.parse("2018-07-25T08:00:00Z"));
    assertThat(window.bulletinDay()).isEqualTo(LocalDate.of(2018, 7, 22));
    assertThat(window.start()).isEqualTo(Instant.parse("2018-07-16T00:00:00Z"));
  }
}
