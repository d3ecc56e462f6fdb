package com.citydata.bulletin.series;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One group of a {@link WindowQuery}: its tag values in the query's groupBy order, each counter summed up to the
 * window's end and within the window, the last value of each gauge (a Long) and text (a String), and the time of
 * the group's first point.
 */
public record WindowRow(List<String> tags, Map<String, Long> cumulative, Map<String, Long> weekly, Map<String, Object> last,
    Instant first) {

  public WindowRow {
    tags = List.copyOf(tags);
    cumulative = Map.copyOf(cumulative);
    weekly = Map.copyOf(weekly);
    last = Map.copyOf(last);
  }

  public String tag(int index) {
    return tags.get(index);
  }

  public long cumulative(String counter) {
    return cumulative.getOrDefault(counter, 0L);
  }

  public long weekly(String counter) {
    return weekly.getOrDefault(counter, 0L);
  }

  public long gauge(String name) {
    Object value = last.get(name);
    return value == null ? 0 : ((Number) value).longValue();
  }

  public String text(String name) {
    Object value = last.get(name);
    return value == null ? "" : value.toString();
  }
}
