package com.citydata.bulletin.ingest;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
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
    List<FieldError> errors = new ArrayList<>();
    if (points == null || points.isEmpty()) {
      throw new InvalidRequestException("the request has no points",
          List.of(new FieldError(null, "points", "must be a non-empty array")));
    }
    if (points.size() > MAX_POINTS) {
      throw new InvalidRequestException("too many points",
          List.of(new FieldError(null, "points", "at most " + MAX_POINTS + " points per request, got " + points.size())));
    }
    for (int i = 0; i < points.size(); i++) {
      Object item = points.getValue(i);
      if (!(item instanceof JsonObject point)) {
        errors.add(new FieldError(i, "", "must be an object"));
        continue;
      }
      readOne.accept(new PointReader(point, i, errors));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors.size() + " invalid field(s) in " + points.size() + " point(s); nothing was stored", errors);
    }
  }
}
