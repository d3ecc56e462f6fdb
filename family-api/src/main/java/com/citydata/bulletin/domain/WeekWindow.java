package com.citydata.bulletin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Seven calendar days ending on the bulletin day, in the bulletin's time zone: the bulletin of
 * 2018-07-20 covers 2018-07-14T00:00 up to (not including) 2018-07-21T00:00.
 */
public record WeekWindow(LocalDate bulletinDay, ZoneId zone) {
  public static final int DAYS = 7;

  public LocalDate firstDay() {
    return bulletinDay.minusDays(DAYS - 1L);
  }

  public Instant start() {
    return firstDay().atStartOfDay(zone).toInstant();
  }

  /** Exclusive end of the window. */
  public Instant end() {
    return bulletinDay.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public WeekWindow previous() {
    return new WeekWindow(bulletinDay.minusDays(DAYS), zone);
  }
}
