package com.citydata.bulletin.balances;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One series' totals up to and including a day: its tag values and counters by their stored names. From the end of
 * that day on, its cumulative figures start from these instead of from what was posted before.
 */
public record OpeningBalance(String measurement, Map<String, String> tags, LocalDate asOf, Map<String, Long> counters) {

  public OpeningBalance {
    tags = Map.copyOf(tags);
    counters = Map.copyOf(counters);
  }

  /** The series' key: its tags in the order of their names, so one series has one balance. */
  public String series() {
    return new TreeMap<>(tags).toString();
  }

  /** The instant the balance stands at: the end of its day in the bulletin's zone. */
  public Instant boundary(ZoneId zone) {
    return asOf.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
