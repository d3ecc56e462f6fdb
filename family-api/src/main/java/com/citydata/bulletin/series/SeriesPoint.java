package com.citydata.bulletin.series;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One point in the time-series store, in the vocabulary both stores share: a measurement (QuestDB table),
 * tags (symbols; with the time they identify the point, so a re-post replaces it) and fields, each a Long or a
 * String.
 */
public record SeriesPoint(String measurement, SortedMap<String, String> tags, SortedMap<String, Object> fields, Instant time) {

  public SeriesPoint {
    // Sorted, so line protocol carries tags in the order InfluxDB prefers.
    tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    fields.forEach((name, value) -> {
      if (!(value instanceof Long) && !(value instanceof String)) {
        throw new IllegalArgumentException("field " + name + " must be a Long or a String, got " + value);
      }
    });
  }

  public static SeriesPoint of(String measurement, Map<String, String> tags, Map<String, ?> fields, Instant time) {
    return new SeriesPoint(measurement, new TreeMap<>(tags), new TreeMap<>(fields), time);
  }
}
