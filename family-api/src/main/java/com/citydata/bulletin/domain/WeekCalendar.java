package com.citydata.bulletin.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** Which day ends a bulletin week and in which time zone; both are configuration. */
public record WeekCalendar(DayOfWeek bulletinWeekday, ZoneId zone) {

  public WeekWindow windowEndingOn(LocalDate bulletinDay) {
    return new WeekWindow(bulletinDay, zone);
  }

  /** The latest window on the bulletin weekday that has fully ended at {@code now}. */
  public WeekWindow lastCompleteWindow(Instant now) {
    LocalDate today = now.atZone(zone).toLocalDate();
    // A window ending on a day is complete only once that day is over, so start from yesterday.
    LocalDate day = today.minusDays(1).with(TemporalAdjusters.previousOrSame(bulletinWeekday));
    return new WeekWindow(day, zone);
  }
}
