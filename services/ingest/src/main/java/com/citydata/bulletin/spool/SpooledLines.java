package com.citydata.bulletin.spool;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesPoint;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One accepted batch as a spool record: a one-line JSON header (how many points, the earliest time per measurement),
 * then the batch's line protocol as the store will take it. Text throughout, so an operator can read a spool with
 * ordinary tools; exact, because the lines are the very bytes that would have been written.
 */
final class SpooledLines {
  /** The header's most bytes beyond its measurements: the counts, the braces, the newline. */
  private static final int HEADER = 64;

  private SpooledLines() {
  }

  /** At least the encoded record's size, without encoding it: what the spool must keep free for the batch. */
  static long size(LineBatch batch) {
    long size = HEADER + batch.lines().length();
    for (String measurement : batch.measurements()) {
      size += measurement.length() + 48;
    }
    return size;
  }

  static byte[] encode(LineBatch batch) {
    JsonObject earliest = new JsonObject();
    batch.earliest().forEach((measurement, time) -> earliest.put(measurement, time.toString()));
    Buffer record = Buffer.buffer((int) size(batch))
        .appendString(new JsonObject().put("points", batch.points()).put("earliest", earliest).encode())
        .appendByte((byte) '\n')
        .appendBuffer(batch.lines());
    return record.getBytes();
  }

  static LineBatch decode(byte[] record) {
    if (record.length > 0 && record[0] == '[') {
      return earlierRelease(record);
    }
    int newline = 0;
    while (record[newline] != '\n') {
      newline++;
    }
    JsonObject header = new JsonObject(new String(record, 0, newline, StandardCharsets.UTF_8));
    Map<String, Instant> earliest = new HashMap<>();
    header.getJsonObject("earliest").forEach(e -> earliest.put(e.getKey(), Instant.parse((String) e.getValue())));
    Buffer lines = Buffer.buffer(record.length - newline - 1).appendBytes(record, newline + 1, record.length - newline - 1);
    return new LineBatch(lines, header.getInteger("points"), earliest);
  }

  /** A record spooled by a release before line protocol: a JSON array of points, each with its typed fields. */
  private static LineBatch earlierRelease(byte[] record) {
    JsonArray array = new JsonArray(new String(record, StandardCharsets.UTF_8));
    List<SeriesPoint> points = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonObject point = array.getJsonObject(i);
      Map<String, String> tags = new TreeMap<>();
      point.getJsonObject("tags").forEach(tag -> tags.put(tag.getKey(), (String) tag.getValue()));
      Map<String, Object> fields = new TreeMap<>();
      point.getJsonObject("fields").forEach(field -> fields.put(field.getKey(),
          field.getValue() instanceof Number number ? (Object) number.longValue() : field.getValue()));
      points.add(SeriesPoint.of(point.getString("measurement"), tags, fields, Instant.parse(point.getString("time"))));
    }
    return LineBatch.of(points);
  }
}
