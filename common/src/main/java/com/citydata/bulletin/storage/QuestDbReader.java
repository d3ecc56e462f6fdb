package com.citydata.bulletin.storage;

import com.citydata.bulletin.exchange.Direction;
import com.citydata.bulletin.exchange.ExchangeFigures;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads QuestDB through its PostgreSQL wire port with vertx-pg-client. */
public final class QuestDbReader implements TimeSeriesReader {
  private final Pool pool;

  public QuestDbReader(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<List<ExchangeFigures>> exchangeFigures(Direction direction, Instant start, Instant end) {
    return pool.preparedQuery(QuestDbQueries.EXCHANGE_FIGURES)
        .execute(Tuple.of(direction.wireName(), utc(start), utc(end)))
        .map(rows -> {
          requireColumns(rows, "unit", "cumulative", "weekly", "tables", "fields");
          List<ExchangeFigures> figures = new ArrayList<>(rows.size());
          for (Row row : rows) {
            figures.add(new ExchangeFigures(row.getString("unit"), orZero(row.getLong("cumulative")),
                orZero(row.getLong("weekly")), orZero(row.getLong("tables")), orZero(row.getLong("fields"))));
          }
          return figures;
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
