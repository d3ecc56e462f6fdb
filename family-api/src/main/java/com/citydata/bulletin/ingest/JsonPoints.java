package com.citydata.bulletin.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A time-series request body, {@code {"points": [ … ]}}, read with Jackson's streaming parser instead of as one tree: a
 * thousand points would otherwise be a thousand maps, each read once and dropped. Values are what Vert.x's own decoding
 * gives (strings, {@code Integer}/{@code Long}/{@code BigInteger}, booleans, objects and arrays), except that a number
 * with a fraction or an exponent is a {@code BigDecimal} of exactly what was sent: as a double, {@code 1e309} would be
 * infinity and {@code 1e-400} zero, and a point's checks would judge a number the client did not send.
 */
public final class JsonPoints {
  static final String POINTS = "points";

  /** One item of the points array, and its index; an object item is a view that the next item reuses. */
  public interface ItemConsumer {
    void accept(Object item, int index);
  }

  private JsonPoints() {
  }

  /**
   * The body as its contract sees it, without reading the points: the top-level members, with {@code points}, when it
   * is an array, standing for one of the same length whose items are not read.
   *
   * @throws DecodeException when the body is not one well-formed JSON value
   */
  public static Object envelope(Buffer body) {
    return read(body, parser -> {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        return value(parser);
      }
      JsonObject envelope = new JsonObject();
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        if (name.equals(POINTS) && parser.currentToken() == JsonToken.START_ARRAY) {
          int items = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
            items++;
          }
          envelope.put(name, new JsonArray(Collections.nCopies(items, null)));
        } else {
          envelope.put(name, value(parser));
        }
      }
      return envelope;
    });
  }

  /**
   * Hands every item of the body's points array to {@code each}, in order, and returns how many there were; a body
   * without a points array has none. An object item is a view on one map that is refilled for the next item, so
   * {@code each} must not keep it.
   *
   * @throws DecodeException when the body is not one well-formed JSON value
   */
  public static int forEach(Buffer body, ItemConsumer each) {
    return read(body, parser -> {
      int items = 0;
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return items;
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      JsonObject point = new JsonObject(fields);
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        if (!name.equals(POINTS) || parser.currentToken() != JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (parser.currentToken() == JsonToken.START_OBJECT) {
            fields.clear();
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
              parser.nextToken();
              fields.put(field, value(parser));
            }
            each.accept(point, items++);
          } else {
            each.accept(value(parser), items++);
          }
        }
      }
      return items;
    });
  }

  private interface Reading<T> {
    T read(JsonParser parser) throws IOException;
  }

  /** Runs {@code reading} on the body's one value, refusing an empty body and anything after the value. */
  private static <T> T read(Buffer body, Reading<T> reading) {
    try (JsonParser parser = JacksonCodec.createParser(body)) {
      if (parser.nextToken() == null) {
        throw new DecodeException("the body is empty");
      }
      T result = reading.read(parser);
      if (parser.nextToken() != null) {
        throw new DecodeException("something follows the JSON value");
      }
      return result;
    } catch (IOException e) {
      throw new DecodeException(e.getMessage(), e);
    }
  }

  /** The value at the parser's token, as Vert.x decodes JSON. */
  private static Object value(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        JsonObject object = new JsonObject();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          parser.nextToken();
          object.put(name, value(parser));
        }
        yield object;
      }
      case START_ARRAY -> {
        List<Object> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser));
        }
        yield new JsonArray(items);
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> parser.getNumberValue();
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new DecodeException("unexpected " + parser.currentToken());
    };
  }
}
