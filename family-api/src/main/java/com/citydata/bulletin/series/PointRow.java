package com.citydata.bulletin.series;

import java.time.Instant;
import java.util.Map;

/** One stored point as read back: its tags, its fields (Long or String) and its time. */
public record PointRow(Map<String, String> tags, Map<String, Object> fields, Instant time) {

  public PointRow {
    tags = Map.copyOf(tags);
    fields = Map.copyOf(fields);
  }

  public String tag(String name) {
    return tags.get(name);
  }

  public long number(String field) {
    Object value = fields.get(field);
    return value == null ? 0 : ((Number) value).longValue();
  }
}
