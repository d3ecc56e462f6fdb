package com.citydata.bulletin.series;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points as the store takes them: line protocol in one buffer, with how many points it holds and, per measurement,
 * the earliest point's time (what a write can have changed of the past).
 */
public record LineBatch(Buffer lines, int points, Map<String, Instant> earliest) {

  public LineBatch {
    earliest = Map.copyOf(earliest);
  }

  public static LineBatch of(List<SeriesPoint> points) {
    Builder builder = new Builder(points.size());
    points.forEach(builder::add);
    return builder.build();
  }

  /**
   * Writes each point as it comes, so a request's points are never held twice and no object stands for a point:
   * {@code point(measurement)}, its tags, its fields, then {@code at(time)} ends it. Tags are best written in sorted
   * order, InfluxDB's preferred one; the stores key a point by its tag values, whatever their order.
   */
  public static final class Builder {
    private final Buffer lines;
    private final Map<String, Instant> earliest = new HashMap<>();
    private int points;
    private String measurement;
    private boolean hasField;

    public Builder(int expectedPoints) {
      lines = Buffer.buffer(Math.max(256, expectedPoints * 96));
    }

    public void add(SeriesPoint point) {
      LineProtocol.append(this, point);
    }

    public Builder point(String measurement) {
      if (this.measurement != null) {
        throw new IllegalStateException("point " + this.measurement + " has no time yet");
      }
      this.measurement = measurement;
      hasField = false;
      LineProtocol.escape(lines, measurement, false);
      return this;
    }

    public Builder tag(String key, String value) {
      if (measurement == null || hasField) {
        throw new IllegalStateException("a tag belongs after point() and before the fields: " + key);
      }
      lines.appendByte((byte) ',');
      LineProtocol.escape(lines, key, true);
      lines.appendByte((byte) '=');
      LineProtocol.escape(lines, value, true);
      return this;
    }

    public Builder field(String key, long value) {
      fieldName(key);
      lines.appendString(Long.toString(value)).appendByte((byte) 'i');
      return this;
    }

    public Builder field(String key, String value) {
      fieldName(key);
      LineProtocol.quoted(lines, value);
      return this;
    }

    private void fieldName(String key) {
      if (measurement == null) {
        throw new IllegalStateException("a field belongs after point(): " + key);
      }
      lines.appendByte((byte) (hasField ? ',' : ' '));
      hasField = true;
      LineProtocol.escape(lines, key, true);
      lines.appendByte((byte) '=');
    }

    /** Ends the point with its time, in milliseconds, the precision the stores are written at. */
    public void at(Instant time) {
      if (!hasField) {
        throw new IllegalStateException("point " + measurement + " has no field; line protocol needs one");
      }
      lines.appendByte((byte) ' ').appendString(Long.toString(time.toEpochMilli())).appendByte((byte) '\n');
      earliest.merge(measurement, time, LineBatch::earlier);
      measurement = null;
      points++;
    }

    public LineBatch build() {
      if (measurement != null) {
        throw new IllegalStateException("point " + measurement + " has no time yet");
      }
      return new LineBatch(lines, points, earliest);
    }
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Several batches as one write: line protocol concatenates. */
  public static LineBatch concat(List<LineBatch> batches) {
    Buffer lines = Buffer.buffer(batches.stream().mapToInt(b -> b.lines().length()).sum());
    Map<String, Instant> earliest = new HashMap<>();
    int points = 0;
    for (LineBatch batch : batches) {
      lines.appendBuffer(batch.lines());
      batch.earliest().forEach((measurement, time) -> earliest.merge(measurement, time, LineBatch::earlier));
      points += batch.points();
    }
    return new LineBatch(lines, points, earliest);
  }

  public java.util.Set<String> measurements() {
    return earliest.keySet();
  }
}
