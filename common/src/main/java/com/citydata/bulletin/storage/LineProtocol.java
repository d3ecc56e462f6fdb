package com.citydata.bulletin.storage;

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

  /** Appends one point and its newline; tags in their map's order (a sorted map keeps InfluxDB's preferred order). */
  public static void append(Buffer out, SeriesPoint point) {
    escape(out, point.measurement(), false);
    for (Map.Entry<String, String> tag : point.tags().entrySet()) {
      out.appendByte((byte) ',');
      escape(out, tag.getKey(), true);
      out.appendByte((byte) '=');
      escape(out, tag.getValue(), true);
    }
    char separator = ' ';
    for (Map.Entry<String, Object> field : point.fields().entrySet()) {
      out.appendByte((byte) separator);
      separator = ',';
      escape(out, field.getKey(), true);
      out.appendByte((byte) '=');
      if (field.getValue() instanceof Long number) {
        out.appendString(Long.toString(number)).appendByte((byte) 'i');
      } else {
        quoted(out, (String) field.getValue());
      }
    }
    out.appendByte((byte) ' ').appendString(Long.toString(point.time().toEpochMilli())).appendByte((byte) '\n');
  }

  public static String line(SeriesPoint point) {
    Buffer out = Buffer.buffer();
    append(out, point);
    return out.toString().stripTrailing();
  }

  /** Measurements escape commas and spaces; tag keys, tag values and field keys also equals signs. */
  private static void escape(Buffer out, String text, boolean equalsSign) {
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

  private static void quoted(Buffer out, String text) {
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
