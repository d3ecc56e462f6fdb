package com.citydata.bulletin.bulletin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** When the scheduler builds the next draft: the bulletin weekday at the configured time, in the bulletin's zone. */
record DraftSchedule(DayOfWeek weekday, LocalTime time, ZoneId zone) {

  /** The first run strictly after {@code now}. */
  ZonedDateTime next(Instant now) {
    ZonedDateTime local = now.atZone(zone);
    LocalDate day = local.toLocalDate().with(TemporalAdjusters.nextOrSame(weekday));
    ZonedDateTime run = day.atTime(time).atZone(zone);
    if (!run.toInstant().isAfter(now)) {
      run = day.plusWeeks(1).atTime(time).atZone(zone);
    }
    return run;
  }
}
