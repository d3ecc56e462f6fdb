package com.citydata.bulletin.storage;

import com.citydata.bulletin.dingtalk.DingtalkDay;
import com.citydata.bulletin.dingtalk.DingtalkSeries;
import com.citydata.bulletin.exchange.Direction;
import com.citydata.bulletin.exchange.ExchangeFigures;
import com.citydata.bulletin.interfacecalls.SystemFigures;
import com.citydata.bulletin.pagequery.ModuleFigures;
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
import java.util.function.Function;

/** Reads QuestDB through its PostgreSQL wire port with vertx-pg-client. */
public final class QuestDbReader implements TimeSeriesReader {
  private final Pool pool;

  public QuestDbReader(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<List<ExchangeFigures>> exchangeFigures(Direction direction, Instant start, Instant end) {
    return select(QuestDbQueries.EXCHANGE_FIGURES, Tuple.of(direction.wireName(), utc(start), utc(end)),
        List.of("unit", "cumulative", "weekly", "tables", "fields"),
        row -> new ExchangeFigures(row.getString("unit"), orZero(row.getLong("cumulative")),
            orZero(row.getLong("weekly")), orZero(row.getLong("tables")), orZero(row.getLong("fields"))));
  }

  @Override
  public Future<List<SystemFigures>> interfaceFigures(Instant start, Instant end) {
    return select(QuestDbQueries.INTERFACE_FIGURES, Tuple.of(utc(start), utc(end)),
        List.of("unit", "system_name", "cumulative", "weekly"),
        row -> new SystemFigures(row.getString("unit"), row.getString("system_name"),
            orZero(row.getLong("cumulative")), orZero(row.getLong("weekly"))));
  }

  @Override
  public Future<List<ModuleFigures>> pageQueryFigures(Instant start, Instant end) {
    return select(QuestDbQueries.PAGE_QUERY_FIGURES, Tuple.of(utc(start), utc(end)),
        List.of("unit", "module_name", "cumulative", "weekly"),
        row -> new ModuleFigures(row.getString("unit"), row.getString("module_name"),
            orZero(row.getLong("cumulative")), orZero(row.getLong("weekly"))));
  }

  @Override
  public Future<List<DingtalkDay>> dingtalkDays(Instant start, Instant end) {
    return select(QuestDbQueries.DINGTALK_DAYS, Tuple.of(utc(start), utc(end)),
        List.of("unit", "day", "registered", "activated", "active_users", "weekly_active"),
        row -> new DingtalkDay(row.getString("unit"), row.getLocalDateTime("day").toInstant(ZoneOffset.UTC),
            orZero(row.getLong("registered")), orZero(row.getLong("activated")), orZero(row.getLong("active_users")),
            DingtalkSeries.weeklyActive(row.getLong("weekly_active") == null ? -1 : row.getLong("weekly_active"))));
  }

  private <T> Future<List<T>> select(String sql, Tuple parameters, List<String> columns, Function<Row, T> mapper) {
    return pool.preparedQuery(sql).execute(parameters).map(rows -> {
      requireColumns(rows, columns.toArray(String[]::new));
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
