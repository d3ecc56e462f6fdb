package com.citydata.bulletin.spool;

import com.citydata.bulletin.storage.SeriesPoint;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One accepted batch as a spool record: JSON, so an operator can read a spool with ordinary tools, and exact,
 * because fields keep their type (JSON numbers are Longs, strings Strings) and times their full precision.
 */
final class SpooledPoints {
  private SpooledPoints() {
  }

  static byte[] encode(List<SeriesPoint> points) {
    JsonArray array = new JsonArray();
    for (SeriesPoint point : points) {
      array.add(new JsonObject()
          .put("measurement", point.measurement())
          .put("time", point.time().toString())
          .put("tags", new JsonObject(new TreeMap<>(point.tags())))
          .put("fields", new JsonObject(new TreeMap<>(point.fields()))));
    }
    return array.encode().getBytes(StandardCharsets.UTF_8);
  }

  static List<SeriesPoint> decode(byte[] record) {
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
    return points;
  }
}
