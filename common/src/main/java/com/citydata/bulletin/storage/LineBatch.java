package com.citydata.bulletin.storage;

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

  /** Writes each point as it comes, so a request's points are never held twice. */
  public static final class Builder {
    private final Buffer lines;
    private final Map<String, Instant> earliest = new HashMap<>();
    private int points;

    public Builder(int expectedPoints) {
      lines = Buffer.buffer(Math.max(256, expectedPoints * 96));
    }

    public void add(SeriesPoint point) {
      LineProtocol.append(lines, point);
      earliest.merge(point.measurement(), point.time(), LineBatch::earlier);
      points++;
    }

    public LineBatch build() {
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
