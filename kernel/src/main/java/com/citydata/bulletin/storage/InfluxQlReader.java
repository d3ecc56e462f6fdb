package com.citydata.bulletin.storage;

import com.citydata.bulletin.series.PointRow;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
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
import java.util.HashMap;
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

  /**
   * One request of up to three statements, all grouped by the query's tags: the sums and last values up to the
   * window's end, the time of each group's first point (a selector alone returns its point's time), and the sums
   * within the window (left out when the schema has no counters).
   */
  @Override
  public Future<List<WindowRow>> window(WindowQuery query) {
    SeriesSchema schema = query.schema();
    List<String> counters = schema.fieldsOf(SeriesSchema.Kind.COUNTER);
    List<String> upToEnd = new ArrayList<>();
    counters.forEach(c -> upToEnd.add("sum(" + ident(c) + ") AS " + ident(QuestDbQueries.cumulative(c))));
    schema.lastFields().forEach(f -> upToEnd.add("last(" + ident(f) + ") AS " + ident(QuestDbQueries.last(f))));
    StringBuilder filter = new StringBuilder("WHERE ");
    query.filter().keySet().stream().sorted().forEach(tag ->
        filter.append(ident(tag)).append(" = ").append(literal(query.filter().get(tag))).append(" AND "));
    query.since().ifPresent(since -> filter.append("time >= ").append(literal(since.toString())).append(" AND "));
    String groupBy = " GROUP BY " + String.join(", ", query.groupBy().stream().map(InfluxQlReader::ident).toList());
    String from = " FROM " + ident(schema.measurement()) + " ";
    String end = literal(query.end().toString());
    String statements = "SELECT " + String.join(", ", upToEnd) + from + filter + "time < " + end + groupBy
        + "; SELECT first(" + ident(schema.fields().get(0).name()) + ")" + from + filter + "time < " + end + groupBy;
    if (!counters.isEmpty()) {
      statements += "; SELECT " + String.join(", ", counters.stream()
          .map(c -> "sum(" + ident(c) + ") AS " + ident(QuestDbQueries.weekly(c))).toList())
          + from + filter + "time >= " + literal(query.start().toString()) + " AND time < " + end + groupBy;
    }
    return query(statements).map(result -> {
      Map<List<String>, WindowRow> byTags = new LinkedHashMap<>();
      eachRecord(result, 0, query.groupBy(), (tags, record) -> {
        Map<String, Long> cumulative = new HashMap<>();
        counters.forEach(c -> cumulative.put(c, number(record.getValueByKey(QuestDbQueries.cumulative(c)))));
        Map<String, Object> last = new HashMap<>();
        schema.fields().stream().filter(f -> f.kind() != SeriesSchema.Kind.COUNTER).forEach(f -> {
          Object value = record.getValueByKey(QuestDbQueries.last(f.name()));
          if (value != null) {
            last.put(f.name(), f.kind() == SeriesSchema.Kind.TEXT ? value.toString() : number(value));
          }
        });
        // Zero, not absent, for a group with no point in the window: the weekly figures read as QuestDB's do.
        Map<String, Long> weekly = new HashMap<>();
        counters.forEach(c -> weekly.put(c, 0L));
        byTags.put(tags, new WindowRow(tags, cumulative, weekly, last, Instant.EPOCH));
      });
      eachRecord(result, 1, query.groupBy(), (tags, record) -> byTags.computeIfPresent(tags, (k, row) ->
          new WindowRow(k, row.cumulative(), row.weekly(), row.last(), Instant.parse(record.getValueByKey("time").toString()))));
      eachRecord(result, 2, query.groupBy(), (tags, record) -> byTags.computeIfPresent(tags, (k, row) -> {
        Map<String, Long> weekly = new HashMap<>();
        counters.forEach(c -> weekly.put(c, number(record.getValueByKey(QuestDbQueries.weekly(c)))));
        return new WindowRow(k, row.cumulative(), weekly, row.last(), row.first());
      }));
      return new ArrayList<>(byTags.values());
    });
  }

  @Override
  public Future<List<PointRow>> points(SeriesSchema schema, Instant start, Instant end) {
    String select = "SELECT " + String.join(", ", schema.fields().stream().map(f -> ident(f.name())).toList())
        + " FROM " + ident(schema.measurement()) + " WHERE time >= " + literal(start.toString())
        + " AND time < " + literal(end.toString()) + " GROUP BY " + String.join(", ", schema.tags().stream().map(InfluxQlReader::ident).toList());
    return query(select).map(result -> {
      List<PointRow> points = new ArrayList<>();
      eachRecord(result, 0, schema.tags(), (tags, record) -> {
        Map<String, String> tagValues = new LinkedHashMap<>();
        for (int i = 0; i < tags.size(); i++) {
          tagValues.put(schema.tags().get(i), tags.get(i));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        schema.fields().forEach(f -> {
          Object value = record.getValueByKey(f.name());
          if (value != null) {
            fields.put(f.name(), f.kind() == SeriesSchema.Kind.TEXT ? value.toString() : number(value));
          }
        });
        points.add(new PointRow(tagValues, fields, Instant.parse(record.getValueByKey("time").toString())));
      });
      return points;
    });
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
