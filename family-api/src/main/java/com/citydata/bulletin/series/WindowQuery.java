package com.citydata.bulletin.series;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one question rankings ask of a time series: grouped by some of its tags, and only points whose tags equal
 * {@code filter}, the counters summed up to {@code end} and within [start, end), and the last gauges and texts at or
 * before {@code end}. A group appears when it has any point before {@code end}. With {@code since}, points before it
 * are not read at all, so "up to {@code end}" means from {@code since} on: roll-ups add what lies before.
 */
public record WindowQuery(SeriesSchema schema, Map<String, String> filter, List<String> groupBy, Instant start, Instant end,
    Optional<Instant> since) {

  public WindowQuery {
    filter = Map.copyOf(filter);
    groupBy = List.copyOf(groupBy);
    for (String tag : groupBy) {
      requireTag(schema, tag);
    }
    filter.keySet().forEach(tag -> requireTag(schema, tag));
    if (groupBy.isEmpty()) {
      throw new IllegalArgumentException("a window query groups by at least one tag");
    }
  }

  public WindowQuery(SeriesSchema schema, Map<String, String> filter, List<String> groupBy, Instant start, Instant end) {
    this(schema, filter, groupBy, start, end, Optional.empty());
  }

  public WindowQuery withSince(Instant since) {
    return new WindowQuery(schema, filter, groupBy, start, end, Optional.of(since));
  }

  public static WindowQuery of(SeriesSchema schema, List<String> groupBy, Instant start, Instant end) {
    return new WindowQuery(schema, Map.of(), groupBy, start, end);
  }

  private static void requireTag(SeriesSchema schema, String tag) {
    if (!schema.tags().contains(tag)) {
      throw new IllegalArgumentException(schema.measurement() + " has no tag " + tag);
    }
  }
}
