package com.citydata.bulletin.rollup;

import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.domain.WeekWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The boundaries roll-ups are kept at: the ends of bulletin windows, one a week. A boundary closes only once no
 * live point can still fall before it: collectors post up to a day ahead of the point's time, so a boundary is
 * rolled only when it is older than {@link #SETTLE}.
 */
public record RollupGrid(WeekCalendar calendar) {
  static final Duration SETTLE = Duration.ofDays(2);

  /** The latest boundary at or before {@code time}. */
  public Instant atOrBefore(Instant time) {
    LocalDate day = time.atZone(calendar.zone()).toLocalDate();
    // A window ending on a bulletin day ends at the start of the next day, so look from the day before.
    LocalDate bulletinDay = day.minusDays(1).with(TemporalAdjusters.previousOrSame(calendar.bulletinWeekday()));
    return calendar.windowEndingOn(bulletinDay).end();
  }

  public Instant next(Instant boundary) {
    LocalDate bulletinDay = boundary.atZone(calendar.zone()).toLocalDate().minusDays(1);
    return calendar.windowEndingOn(bulletinDay.plusDays(WeekWindow.DAYS)).end();
  }

  /** The newest boundary that may be rolled at {@code now}; a point at or after it touches no roll-up. */
  public Instant newestRollable(Instant now) {
    return atOrBefore(now.minus(SETTLE));
  }
}
