package com.citydata.bulletin.ingest.service;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Line protocol, as Telegraf's {@code outputs.influxdb_v2} and the InfluxDB client libraries send it, read into the
 * family's own points, so that one set of checks serves both doors: tags and fields become the point's properties
 * under their own names (integers {@code 12i} as numbers, strings as strings, floats as numbers, which a count
 * refuses unless whole, booleans as booleans), and the timestamp becomes its {@code time}. Nothing is converted beyond that: a field
 * the family does not know is an unknown field, as in JSON.
 */
public final class LineProtocolPoints {
  /** What a backslash escapes in a measurement, and in tag keys, tag values and field keys (InfluxDB's rules). */
  private static final String MEASUREMENT_ESCAPES = ", ";
  private static final String NAME_ESCAPES = ",= ";
  /** Nanoseconds per unit of each precision InfluxDB's write API takes; the contract refuses any other. */
  private static final Map<String, Long> PRECISIONS = Map.of("ns", 1L, "us", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L);

  /** The points, and for each the 1-based line of the body it came from. */
  public record Parsed(JsonArray points, List<Integer> lines) {
  }

  private LineProtocolPoints() {
  }

  /**
   * @param measurement the one measurement the family's lines carry
   * @throws InvalidRequestException naming every line that is not line protocol or not the family's measurement
   */
  public static Parsed parse(String body, String measurement, String precision) {
    long nanosPerUnit = PRECISIONS.get(precision);
    JsonArray points = new JsonArray();
    List<Integer> lines = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    int lineNumber = 0;
    for (String line : body.split("\n", -1)) {
      lineNumber++;
      String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (text.isBlank() || text.stripLeading().startsWith("#")) {
        continue;
      }
      int index = points.size();
      try {
        points.add(new Line(text, measurement, nanosPerUnit).read());
        lines.add(lineNumber);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(index, "", "line " + lineNumber + ": " + e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors.size() + " line(s) are not the family's line protocol; nothing was stored", errors);
    }
    return new Parsed(points, lines);
  }

  /** A family's error for a point names the body's line, which is what a line-protocol sender can find. */
  public static InvalidRequestException onLines(InvalidRequestException invalid, List<Integer> lines) {
    List<FieldError> details = invalid.details().stream().map(d -> d.index() == null || d.index() >= lines.size() ? d
        : new FieldError(d.index(), d.field(), "line " + lines.get(d.index()) + ": " + d.message())).toList();
    return new InvalidRequestException(invalid.getMessage(), details);
  }

  /** One line: {@code measurement[,tag=value...] field=value[,field=value...] [timestamp]}. */
  private static final class Line {
    private final String text;
    private final String measurement;
    private final long nanosPerUnit;
    private int at;

    Line(String text, String measurement, long nanosPerUnit) {
      this.text = text;
      this.measurement = measurement;
      this.nanosPerUnit = nanosPerUnit;
    }

    JsonObject read() {
      String name = token(new char[] {',', ' '}, MEASUREMENT_ESCAPES);
      if (!name.equals(measurement)) {
        throw new IllegalArgumentException("the measurement is '" + name + "'; this family's lines are '" + measurement + "'");
      }
      JsonObject point = new JsonObject();
      while (at < text.length() && text.charAt(at) == ',') {
        at++;
        String key = token(new char[] {'='}, NAME_ESCAPES);
        expect('=');
        put(point, key, token(new char[] {',', ' '}, NAME_ESCAPES), "tag");
      }
      expect(' ');
      do {
        String key = token(new char[] {'='}, NAME_ESCAPES);
        expect('=');
        put(point, key, fieldValue(key), "field");
      } while (at < text.length() && text.charAt(at) == ',' && ++at > 0);
      if (at < text.length()) {
        expect(' ');
        point.put("time", timestamp(text.substring(at).strip()));
      }
      return point;
    }

    private void put(JsonObject point, String key, Object value, String what) {
      if (key.isEmpty()) {
        throw new IllegalArgumentException("a " + what + " has no name");
      }
      if (point.containsKey(key)) {
        throw new IllegalArgumentException("'" + key + "' is given twice");
      }
      point.put(key, value);
    }

    /**
     * Reads up to an unescaped stop character. A backslash escapes only what line protocol escapes there; before any
     * other character it is the text's own, kept, so the name checks refuse it rather than see it silently dropped.
     */
    private String token(char[] stops, String escapable) {
      StringBuilder out = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '\\' && at + 1 < text.length() && escapable.indexOf(text.charAt(at + 1)) >= 0) {
          out.append(text.charAt(at + 1));
          at += 2;
          continue;
        }
        for (char stop : stops) {
          if (c == stop) {
            return out.toString();
          }
        }
        out.append(c);
        at++;
      }
      return out.toString();
    }

    private Object fieldValue(String key) {
      if (at < text.length() && text.charAt(at) == '"') {
        at++;
        StringBuilder out = new StringBuilder();
        while (at < text.length() && text.charAt(at) != '"') {
          char c = text.charAt(at);
          if (c == '\\' && at + 1 < text.length() && (text.charAt(at + 1) == '"' || text.charAt(at + 1) == '\\')) {
            c = text.charAt(++at);
          }
          out.append(c);
          at++;
        }
        expect('"');
        return out.toString();
      }
      String raw = token(new char[] {',', ' '}, "");
      if (raw.isEmpty()) {
        throw new IllegalArgumentException("the field '" + key + "' has no value");
      }
      char last = raw.charAt(raw.length() - 1);
      try {
        if (last == 'i' || last == 'u') {
          return Long.parseLong(raw.substring(0, raw.length() - 1));
        }
        if (raw.equals("t") || raw.equals("T") || raw.equalsIgnoreCase("true")) {
          return true;
        }
        if (raw.equals("f") || raw.equals("F") || raw.equalsIgnoreCase("false")) {
          return false;
        }
        // Kept as written, so a count's check sees exactly the digits sent (12.0 is whole, 12.5 is not).
        return new BigDecimal(raw);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the field '" + key + "' has the value '" + raw + "', which is not a number, string or boolean");
      }
    }

    private String timestamp(String raw) {
      try {
        long value = Long.parseLong(raw);
        long seconds = Math.floorDiv(value, 1_000_000_000L / nanosPerUnit);
        long nanos = Math.floorMod(value, 1_000_000_000L / nanosPerUnit) * nanosPerUnit;
        return Instant.ofEpochSecond(seconds, nanos).toString();
      } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
        throw new IllegalArgumentException("the timestamp '" + raw + "' is not a whole number");
      }
    }

    private void expect(char c) {
      if (at >= text.length() || text.charAt(at) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at column " + (at + 1));
      }
      at++;
    }
  }
}
