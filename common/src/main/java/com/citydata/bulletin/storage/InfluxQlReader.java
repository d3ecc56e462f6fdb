package com.citydata.bulletin.storage;

import static com.citydata.bulletin.exchange.ExchangeSeries.FIELD_FIELDS;
import static com.citydata.bulletin.exchange.ExchangeSeries.FIELD_RECORDS;
import static com.citydata.bulletin.exchange.ExchangeSeries.FIELD_TABLES;
import static com.citydata.bulletin.exchange.ExchangeSeries.MEASUREMENT;
import static com.citydata.bulletin.exchange.ExchangeSeries.TAG_DIRECTION;
import static com.citydata.bulletin.exchange.ExchangeSeries.TAG_UNIT;

import com.citydata.bulletin.exchange.Direction;
import com.citydata.bulletin.exchange.ExchangeFigures;
import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxQLQueryApi;
import com.influxdb.client.domain.InfluxQLQuery;
import com.influxdb.query.InfluxQLQueryResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads InfluxDB with InfluxQL over {@code /query} (influxdb-client-java's InfluxQLQueryApi): native on 1.x and
 * 3.x, through a DBRP mapping on 2.x. JSON answers, because the CSV one splits tags on commas that unit names
 * may contain. The client blocks, so queries run on a worker pool.
 */
public final class InfluxQlReader implements TimeSeriesReader {
  private final InfluxDBClient client;
  private final InfluxQLQueryApi api;
  private final String database;
  private final String retentionPolicy;
  private final WorkerExecutor workers;

  public InfluxQlReader(Vertx vertx, InfluxDBClient client, String database, String retentionPolicy) {
    this.client = client;
    this.api = client.getInfluxQLQueryApi();
    this.database = database;
    this.retentionPolicy = retentionPolicy;
    this.workers = vertx.createSharedWorkerExecutor("time-series-reader", 4);
  }

  @Override
  public Future<List<ExchangeFigures>> exchangeFigures(Direction direction, Instant start, Instant end) {
    String where = "WHERE " + ident(TAG_DIRECTION) + " = " + literal(direction.wireName());
    String cumulative = "SELECT sum(" + ident(FIELD_RECORDS) + ") AS cumulative, last(" + ident(FIELD_TABLES)
        + ") AS tables, last(" + ident(FIELD_FIELDS) + ") AS fields FROM " + ident(MEASUREMENT) + " " + where
        + " AND time < " + literal(end.toString()) + " GROUP BY " + ident(TAG_UNIT);
    String weekly = "SELECT sum(" + ident(FIELD_RECORDS) + ") AS weekly FROM " + ident(MEASUREMENT) + " " + where
        + " AND time >= " + literal(start.toString()) + " AND time < " + literal(end.toString())
        + " GROUP BY " + ident(TAG_UNIT);
    return query(cumulative + "; " + weekly).map(result -> {
      Map<String, long[]> byUnit = new LinkedHashMap<>();
      eachRecord(result, 0, (unit, record) -> byUnit.put(unit, new long[] {
          number(record.getValueByKey("cumulative")), 0,
          number(record.getValueByKey("tables")), number(record.getValueByKey("fields"))}));
      eachRecord(result, 1, (unit, record) -> {
        long[] figures = byUnit.get(unit);
        if (figures != null) {
          figures[1] = number(record.getValueByKey("weekly"));
        }
      });
      List<ExchangeFigures> figures = new ArrayList<>(byUnit.size());
      byUnit.forEach((unit, f) -> figures.add(new ExchangeFigures(unit, f[0], f[1], f[2], f[3])));
      return figures;
    });
  }

  private Future<InfluxQLQueryResult> query(String command) {
    InfluxQLQuery query = new InfluxQLQuery(command, database).setRetentionPolicy(retentionPolicy);
    return workers.executeBlocking(() -> api.queryJSON(query), false);
  }

  private interface RecordConsumer {
    void accept(String unit, InfluxQLQueryResult.Series.Record record);
  }

  /** A statement over a measurement that does not exist yet answers with no series, which reads as no figures. */
  private static void eachRecord(InfluxQLQueryResult result, int statement, RecordConsumer consumer) {
    if (result == null || result.getResults().size() <= statement) {
      return;
    }
    for (InfluxQLQueryResult.Series series : result.getResults().get(statement).getSeries()) {
      String unit = series.getTags().get(TAG_UNIT);
      for (InfluxQLQueryResult.Series.Record record : series.getValues()) {
        consumer.accept(unit, record);
      }
    }
  }

  /** Values arrive as JSON numbers (doubles) or, from some servers, as strings. */
  static long number(Object value) {
    if (value == null || "".equals(value)) {
      return 0;
    }
    return new BigDecimal(value.toString()).longValueExact();
  }

  static String ident(String name) {
    return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  @Override
  public Future<Void> close() {
    return workers.executeBlocking(() -> {
      client.close();
      return null;
    }).transform(ar -> workers.close());
  }
}
