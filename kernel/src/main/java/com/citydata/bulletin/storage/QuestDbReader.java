package com.citydata.bulletin.storage;

import com.citydata.bulletin.series.PointRow;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads QuestDB through its PostgreSQL wire port with vertx-pg-client. */
public final class QuestDbReader implements TimeSeriesReader {
  private final Pool pool;

  public QuestDbReader(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<List<WindowRow>> window(WindowQuery query) {
    QuestDbQueries.Select select = QuestDbQueries.window(query);
    Tuple parameters = Tuple.of(utc(query.end()));
    if (select.bindsStart()) {
      parameters.addValue(utc(query.start()));
    }
    query.since().ifPresent(since -> parameters.addValue(utc(since)));
    query.filter().keySet().stream().sorted().forEach(tag -> parameters.addValue(query.filter().get(tag)));
    SeriesSchema schema = query.schema();
    return select(select, parameters, row -> {
      List<String> tags = query.groupBy().stream().map(row::getString).toList();
      Map<String, Long> cumulative = new HashMap<>();
      Map<String, Long> weekly = new HashMap<>();
      for (String counter : schema.fieldsOf(SeriesSchema.Kind.COUNTER)) {
        cumulative.put(counter, orZero(row.getLong(QuestDbQueries.cumulative(counter))));
        weekly.put(counter, orZero(row.getLong(QuestDbQueries.weekly(counter))));
      }
      Map<String, Object> last = new HashMap<>();
      schema.fields().stream().filter(f -> f.kind() != SeriesSchema.Kind.COUNTER).forEach(f -> {
        Object value = f.kind() == SeriesSchema.Kind.TEXT ? row.getString(QuestDbQueries.last(f.name()))
            : row.getLong(QuestDbQueries.last(f.name()));
        if (value != null) {
          last.put(f.name(), value);
        }
      });
      return new WindowRow(tags, cumulative, weekly, last, row.getLocalDateTime(QuestDbQueries.FIRST).toInstant(ZoneOffset.UTC));
    });
  }

  @Override
  public Future<List<PointRow>> points(SeriesSchema schema, Instant start, Instant end) {
    return select(QuestDbQueries.points(schema), Tuple.of(utc(start), utc(end)), row -> {
      Map<String, String> tags = new LinkedHashMap<>();
      schema.tags().forEach(tag -> tags.put(tag, row.getString(tag)));
      Map<String, Object> fields = new LinkedHashMap<>();
      schema.fields().forEach(f -> {
        Object value = f.kind() == SeriesSchema.Kind.TEXT ? row.getString(f.name()) : row.getLong(f.name());
        if (value != null) {
          fields.put(f.name(), value);
        }
      });
      return new PointRow(tags, fields, row.getLocalDateTime(QuestDbQueries.TIMESTAMP).toInstant(ZoneOffset.UTC));
    });
  }

  private <T> Future<List<T>> select(QuestDbQueries.Select select, Tuple parameters, java.util.function.Function<Row, T> mapper) {
    return pool.preparedQuery(select.sql()).execute(parameters).map(rows -> {
      requireColumns(rows, select.columns().toArray(String[]::new));
      List<T> mapped = new ArrayList<>(rows.size());
      for (Row row : rows) {
        mapped.add(mapper.apply(row));
      }
      return mapped;
    });
  }

  /** QuestDB's PG wire takes timestamps only as UTC LocalDateTime. */
  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * A connection that failed an earlier execution has been seen to answer a later prepared query with an earlier
   * query's rows; checking the columns turns that into an error instead of wrong figures.
   */
  static void requireColumns(RowSet<Row> rows, String... expected) {
    if (!rows.columnsNames().equals(List.of(expected))) {
      throw new IllegalStateException("QuestDB answered with columns " + rows.columnsNames() + ", expected " + List.of(expected));
    }
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  @Override
  public Future<Void> close() {
    return pool.close();
  }
}
