package com.citydata.bulletin.ingest;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.series.LineBatch;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Points of increments counted per unit and one named thing of the unit (a business system's calls, a query
 * module's visits): {@code {"time", "unit", <key>, <count>}}.
 */
public final class CounterPoints {

  /** Writes the stored point from the canonical unit, the key and the count. */
  public interface Series {
    void write(LineBatch.Builder lines, Instant time, String unit, String key, long count);
  }

  private final String keyField;
  private final String countField;
  private final Series series;
  private final Set<String> fields;

  public CounterPoints(String keyField, String countField, Series series) {
    this.keyField = keyField;
    this.countField = countField;
    this.series = series;
    this.fields = Set.of("time", "unit", keyField, countField);
  }

  public void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(fields);
    Optional<Instant> time = point.time("time", context.now());
    Optional<Unit> unit = point.unit("unit", context);
    Optional<String> key = point.name(keyField);
    Optional<Long> count = point.count(countField);
    if (time.isEmpty() || unit.isEmpty() || key.isEmpty() || count.isEmpty()) {
      return;
    }
    series.write(lines, time.get(), unit.get().name(), key.get(), count.get());
  }
}
