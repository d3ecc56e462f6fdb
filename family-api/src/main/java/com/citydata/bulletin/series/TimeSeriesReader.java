package com.citydata.bulletin.series;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * The reads rankings need, built from a {@link SeriesSchema} alone, with one adapter per store (InfluxQL, QuestDB
 * SQL); so this package knows no kind of data. Both adapters pass the same contract test suite.
 */
public interface TimeSeriesReader {

  /** Counters summed up to the end and within the window, last gauges and texts, grouped by tags. */
  Future<List<WindowRow>> window(WindowQuery query);

  /** Every point of the schema's measurement in [start, end), in no particular order. */
  Future<List<PointRow>> points(SeriesSchema schema, Instant start, Instant end);

  Future<Void> close();
}
