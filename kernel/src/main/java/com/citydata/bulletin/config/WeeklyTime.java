package com.citydata.bulletin.config;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** A time once a week, in the bulletin's zone: when a draft is built, when the reminder goes out. */
public record WeeklyTime(DayOfWeek day, LocalTime time, ZoneId zone) {

  /** The first such time strictly after {@code now}. */
  public ZonedDateTime next(Instant now) {
    LocalDate day = now.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(this.day));
    ZonedDateTime run = day.atTime(time).atZone(zone);
    if (!run.toInstant().isAfter(now)) {
      run = day.plusWeeks(1).atTime(time).atZone(zone);
    }
    return run;
  }
}
