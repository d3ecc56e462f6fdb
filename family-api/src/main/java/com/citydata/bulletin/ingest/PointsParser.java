package com.citydata.bulletin.ingest;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks a posted points array, collecting every point's errors before deciding, so a bad request writes nothing. */
public final class PointsParser {
  /** The most points one request may carry; larger batches are split by the collector. */
  public static final int MAX_POINTS = 5000;

  private PointsParser() {
  }

  public static <T> List<T> parseAll(JsonArray points, Function<PointReader, Optional<T>> parseOne) {
    List<T> parsed = new ArrayList<>(points == null ? 0 : points.size());
    each(points, point -> parseOne.apply(point).ifPresent(parsed::add));
    return parsed;
  }

  /** Reads every point in order, handing each to {@code readOne}; throws naming every problem once all are read. */
  public static void each(JsonArray points, Consumer<PointReader> readOne) {
    if (points == null || points.isEmpty()) {
      throw empty();
    }
    if (points.size() > MAX_POINTS) {
      throw tooMany(points.size());
    }
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      read(points.getValue(i), i, errors, readOne);
    }
    decide(errors, points.size());
  }

  /**
   * Like {@link #each(JsonArray, Consumer)} for a JSON body {@code {"points": [ … ]}}, read as it streams ({@link
   * JsonPoints}): the gateway has checked the envelope against the contract, so its limits are checked here only
   * after the points were read.
   */
  public static void each(Buffer body, Consumer<PointReader> readOne) {
    List<FieldError> errors = new ArrayList<>();
    int points;
    try {
      points = JsonPoints.forEach(body, (item, index) -> read(item, index, errors, readOne));
    } catch (DecodeException e) {
      throw new InvalidRequestException("the body is not valid JSON", List.of());
    }
    if (points == 0) {
      throw empty();
    }
    if (points > MAX_POINTS) {
      throw tooMany(points);
    }
    decide(errors, points);
  }

  private static void read(Object item, int index, List<FieldError> errors, Consumer<PointReader> readOne) {
    if (item instanceof JsonObject point) {
      readOne.accept(new PointReader(point, index, errors));
    } else {
      // The contract validator's words, which collectors got when it still walked the points.
      errors.add(new FieldError(index, "", "Instance type " + jsonType(item) + " is invalid. Expected object"));
    }
  }

  private static String jsonType(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof String ? "string" : value instanceof Number ? "number" : value instanceof Boolean ? "boolean" : "array";
  }

  private static InvalidRequestException empty() {
    return new InvalidRequestException("the request has no points",
        List.of(new FieldError(null, JsonPoints.POINTS, "must be a non-empty array")));
  }

  private static InvalidRequestException tooMany(int points) {
    return new InvalidRequestException("too many points",
        List.of(new FieldError(null, JsonPoints.POINTS, "at most " + MAX_POINTS + " points per request, got " + points)));
  }

  private static void decide(List<FieldError> errors, int points) {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors.size() + " invalid field(s) in " + points + " point(s); nothing was stored", errors);
    }
  }
}
