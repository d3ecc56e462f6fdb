package com.citydata.bulletin.ingest;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Points of increments counted per unit and one named thing of the unit (a business system's calls, a query
 * module's visits): {@code {"time", "unit", <key>, <count>}}, each property as the family declares it.
 */
public final class CounterPoints {

  /** Writes the stored point from the canonical unit, the key and the count. */
  public interface Series {
    void write(LineBatch.Builder lines, Instant time, String unit, String key, long count);
  }

  private final PointField time;
  private final PointField unit;
  private final PointField key;
  private final PointField count;
  private final Series series;
  private final Set<String> fields;

  public CounterPoints(PointField time, PointField unit, PointField key, PointField count, Series series) {
    this.time = time;
    this.unit = unit;
    this.key = key;
    this.count = count;
    this.series = series;
    this.fields = Set.of(time.name(), unit.name(), key.name(), count.name());
  }

  public void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(fields);
    Optional<Instant> time = point.time(this.time, context.now());
    Optional<Unit> unit = point.unit(this.unit, context);
    Optional<String> key = point.name(this.key);
    Optional<Long> count = point.count(this.count);
    if (time.isEmpty() || unit.isEmpty() || key.isEmpty() || count.isEmpty()) {
      return;
    }
    series.write(lines, time.get(), unit.get().name(), key.get(), count.get());
  }
}
