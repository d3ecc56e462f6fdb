package com.citydata.bulletin.rollup;

import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.WindowRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One series' figures up to a boundary: counters summed, the last gauges and texts, the time of its first point.
 * {@code tags} are the values of all the schema's tags, in its order.
 */
record SeriesTotals(List<String> tags, Map<String, Long> cumulative, Map<String, Object> last, Instant first) {

  SeriesTotals {
    tags = List.copyOf(tags);
    cumulative = Map.copyOf(cumulative);
    last = Map.copyOf(last);
  }

  /** A window row read with every tag in its groups, or pinned by its filter, as a series' figures. */
  static SeriesTotals of(List<String> tags, WindowRow row) {
    return new SeriesTotals(tags, row.cumulative(), row.last(), row.first());
  }

  /**
   * These figures followed by {@code later}'s, read from this boundary on: the stores' last() takes the last
   * point's values, so a series with later points takes theirs whole.
   */
  SeriesTotals then(SeriesTotals later) {
    return new SeriesTotals(tags, sum(cumulative, later.cumulative), later.last, min(first, later.first));
  }

  /** The row a window query answers for this series, given what it read from the boundary on (null: nothing). */
  WindowRow answer(List<String> groupTags, SeriesSchema schema, WindowRow raw) {
    if (raw == null) {
      Map<String, Long> weekly = new HashMap<>();
      schema.fieldsOf(SeriesSchema.Kind.COUNTER).forEach(counter -> weekly.put(counter, 0L));
      return new WindowRow(groupTags, cumulative, weekly, last, first);
    }
    return new WindowRow(groupTags, sum(cumulative, raw.cumulative()), raw.weekly(), raw.last(), min(first, raw.first()));
  }

  private static Map<String, Long> sum(Map<String, Long> earlier, Map<String, Long> later) {
    Map<String, Long> sum = new HashMap<>(earlier);
    later.forEach((counter, value) -> sum.merge(counter, value, Long::sum));
    return sum;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
