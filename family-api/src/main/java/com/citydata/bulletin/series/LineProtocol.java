package com.citydata.bulletin.series;

import io.vertx.core.buffer.Buffer;
import java.util.Map;

/**
 * InfluxDB line protocol, written straight into a buffer: {@code measurement,tag=v field=1i,text="s" <ms>}. Both
 * stores read it at /api/v2/write. Names that line protocol could not carry exactly (backslashes, control
 * characters, leading or trailing spaces) are refused at ingest by {@link com.citydata.bulletin.domain.Names}, so the
 * escaping here is the whole of the format's: commas, equals signs and spaces in names and tags, quotes in strings.
 */
public final class LineProtocol {
  private LineProtocol() {
  }

  /** Appends one point and its newline, tags and fields in their maps' (sorted) order. */
  public static void append(LineBatch.Builder out, SeriesPoint point) {
    out.point(point.measurement());
    point.tags().forEach(out::tag);
    for (Map.Entry<String, Object> field : point.fields().entrySet()) {
      if (field.getValue() instanceof Long number) {
        out.field(field.getKey(), number);
      } else {
        out.field(field.getKey(), (String) field.getValue());
      }
    }
    out.at(point.time());
  }

  public static String line(SeriesPoint point) {
    LineBatch.Builder out = new LineBatch.Builder(1);
    append(out, point);
    return out.build().lines().toString().stripTrailing();
  }

  /** Measurements escape commas and spaces; tag keys, tag values and field keys also equals signs. */
  static void escape(Buffer out, String text, boolean equalsSign) {
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ' ' || equalsSign && c == '=') {
        out.appendString(text.substring(plain, i)).appendByte((byte) '\\').appendByte((byte) c);
        plain = i + 1;
      }
    }
    out.appendString(plain == 0 ? text : text.substring(plain));
  }

  static void quoted(Buffer out, String text) {
    out.appendByte((byte) '"');
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.appendString(text.substring(plain, i)).appendByte((byte) '\\').appendByte((byte) c);
        plain = i + 1;
      }
    }
    out.appendString(plain == 0 ? text : text.substring(plain)).appendByte((byte) '"');
  }
}
