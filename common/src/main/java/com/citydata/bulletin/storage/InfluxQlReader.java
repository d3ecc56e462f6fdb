package com.citydata.bulletin.storage;

import com.citydata.bulletin.dingtalk.DingtalkDay;
import com.citydata.bulletin.dingtalk.DingtalkSeries;
import com.citydata.bulletin.exchange.Direction;
import com.citydata.bulletin.exchange.ExchangeFigures;
import com.citydata.bulletin.exchange.ExchangeSeries;
import com.citydata.bulletin.interfacecalls.InterfaceSeries;
import com.citydata.bulletin.interfacecalls.SystemFigures;
import com.citydata.bulletin.pagequery.ModuleFigures;
import com.citydata.bulletin.pagequery.PageQuerySeries;
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
import java.util.function.Function;

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

  /** A summed field's total up to the window's end, its amount within the window, and extra selectors' values. */
  private record Sums(List<String> tags, long cumulative, long weekly, Map<String, Long> selected) {
  }

  /**
   * Two statements in one request: the sum (and any selectors, e.g. last gauges) up to the window's end, and the
   * sum within the window, both grouped by the given tags.
   */
  private Future<List<Sums>> sums(String measurement, String field, String where, List<String> groupTags,
      Map<String, String> selectors, Instant start, Instant end) {
    StringBuilder extra = new StringBuilder();
    selectors.forEach((alias, selector) -> extra.append(", ").append(selector).append(" AS ").append(ident(alias)));
    String filter = (where.isEmpty() ? "WHERE " : "WHERE " + where + " AND ");
    String groupBy = " GROUP BY " + String.join(", ", groupTags.stream().map(InfluxQlReader::ident).toList());
    String upToEnd = "SELECT sum(" + ident(field) + ") AS cumulative" + extra + " FROM " + ident(measurement) + " "
        + filter + "time < " + literal(end.toString()) + groupBy;
    String inWindow = "SELECT sum(" + ident(field) + ") AS weekly FROM " + ident(measurement) + " " + filter
        + "time >= " + literal(start.toString()) + " AND time < " + literal(end.toString()) + groupBy;
    return query(upToEnd + "; " + inWindow).map(result -> {
      Map<List<String>, Sums> byTags = new LinkedHashMap<>();
      eachRecord(result, 0, groupTags, (tags, record) -> {
        Map<String, Long> selected = new LinkedHashMap<>();
        selectors.keySet().forEach(alias -> selected.put(alias, number(record.getValueByKey(alias))));
        byTags.put(tags, new Sums(tags, number(record.getValueByKey("cumulative")), 0, selected));
      });
      eachRecord(result, 1, groupTags, (tags, record) -> byTags.computeIfPresent(tags,
          (k, s) -> new Sums(k, s.cumulative(), number(record.getValueByKey("weekly")), s.selected())));
      return new ArrayList<>(byTags.values());
    });
  }

  @Override
  public Future<List<ExchangeFigures>> exchangeFigures(Direction direction, Instant start, Instant end) {
    Map<String, String> gauges = new LinkedHashMap<>();
    gauges.put("tables", "last(" + ident(ExchangeSeries.FIELD_TABLES) + ")");
    gauges.put("fields", "last(" + ident(ExchangeSeries.FIELD_FIELDS) + ")");
    return sums(ExchangeSeries.MEASUREMENT, ExchangeSeries.FIELD_RECORDS,
        ident(ExchangeSeries.TAG_DIRECTION) + " = " + literal(direction.wireName()),
        List.of(ExchangeSeries.TAG_UNIT), gauges, start, end)
        .map(all -> map(all, s -> new ExchangeFigures(s.tags().get(0), s.cumulative(), s.weekly(),
            s.selected().get("tables"), s.selected().get("fields"))));
  }

  @Override
  public Future<List<SystemFigures>> interfaceFigures(Instant start, Instant end) {
    return sums(InterfaceSeries.MEASUREMENT, InterfaceSeries.FIELD_CALLS, "",
        List.of(InterfaceSeries.TAG_UNIT, InterfaceSeries.TAG_SYSTEM), Map.of(), start, end)
        .map(all -> map(all, s -> new SystemFigures(s.tags().get(0), s.tags().get(1), s.cumulative(), s.weekly())));
  }

  @Override
  public Future<List<ModuleFigures>> pageQueryFigures(Instant start, Instant end) {
    return sums(PageQuerySeries.MEASUREMENT, PageQuerySeries.FIELD_VISITS, "",
        List.of(PageQuerySeries.TAG_UNIT, PageQuerySeries.TAG_MODULE), Map.of(), start, end)
        .map(all -> map(all, s -> new ModuleFigures(s.tags().get(0), s.tags().get(1), s.cumulative(), s.weekly())));
  }

  @Override
  public Future<List<DingtalkDay>> dingtalkDays(Instant start, Instant end) {
    String select = "SELECT " + String.join(", ", List.of(DingtalkSeries.FIELD_REGISTERED, DingtalkSeries.FIELD_ACTIVATED,
        DingtalkSeries.FIELD_ACTIVE, DingtalkSeries.FIELD_WEEKLY_ACTIVE).stream().map(InfluxQlReader::ident).toList())
        + " FROM " + ident(DingtalkSeries.MEASUREMENT) + " WHERE time >= " + literal(start.toString())
        + " AND time < " + literal(end.toString()) + " GROUP BY " + ident(DingtalkSeries.TAG_UNIT);
    return query(select).map(result -> {
      List<DingtalkDay> days = new ArrayList<>();
      eachRecord(result, 0, List.of(DingtalkSeries.TAG_UNIT), (tags, record) -> days.add(new DingtalkDay(tags.get(0),
          Instant.parse(record.getValueByKey("time").toString()),
          number(record.getValueByKey(DingtalkSeries.FIELD_REGISTERED)),
          number(record.getValueByKey(DingtalkSeries.FIELD_ACTIVATED)),
          number(record.getValueByKey(DingtalkSeries.FIELD_ACTIVE)),
          DingtalkSeries.weeklyActive(number(record.getValueByKey(DingtalkSeries.FIELD_WEEKLY_ACTIVE))))));
      return days;
    });
  }

  private static <T> List<T> map(List<Sums> sums, Function<Sums, T> mapper) {
    return sums.stream().map(mapper).toList();
  }

  private Future<InfluxQLQueryResult> query(String command) {
    InfluxQLQuery query = new InfluxQLQuery(command, database).setRetentionPolicy(retentionPolicy);
    return workers.executeBlocking(() -> api.queryJSON(query), false);
  }

  private interface RecordConsumer {
    void accept(List<String> tags, InfluxQLQueryResult.Series.Record record);
  }

  /** A statement over a measurement that does not exist yet answers with no series, which reads as no figures. */
  private static void eachRecord(InfluxQLQueryResult result, int statement, List<String> groupTags, RecordConsumer consumer) {
    if (result == null || result.getResults().size() <= statement) {
      return;
    }
    for (InfluxQLQueryResult.Series series : result.getResults().get(statement).getSeries()) {
      List<String> tags = groupTags.stream().map(tag -> series.getTags().get(tag)).toList();
      for (InfluxQLQueryResult.Series.Record record : series.getValues()) {
        consumer.accept(tags, record);
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
