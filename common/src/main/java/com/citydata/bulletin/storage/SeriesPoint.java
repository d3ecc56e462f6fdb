package com.citydata.bulletin.storage;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One point in the time-series store, in the vocabulary both stores share: a measurement (QuestDB table),
 * tags (symbols; with the time they identify the point, so a re-post replaces it) and integer fields.
 */
public record SeriesPoint(String measurement, SortedMap<String, String> tags, SortedMap<String, Long> fields, Instant time) {

  public SeriesPoint {
    tags = new TreeMap<>(tags);
    fields = new TreeMap<>(fields);
  }

  public static SeriesPoint of(String measurement, Map<String, String> tags, Map<String, Long> fields, Instant time) {
    return new SeriesPoint(measurement, new TreeMap<>(tags), new TreeMap<>(fields), time);
  }
}
