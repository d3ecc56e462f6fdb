package com.citydata.bulletin.balances;

import com.citydata.bulletin.catalog.AuditLog;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Opening balances in PostgreSQL, one per series; setting one replaces the series' earlier one, audited. */
public final class OpeningBalanceStore {
  static final String UPSERT = "INSERT INTO opening_balances (measurement, series, tags, as_of, counters, set_by) VALUES ($1, $2, $3, $4, $5, $6) "
      + "ON CONFLICT (measurement, series) DO UPDATE SET tags = excluded.tags, as_of = excluded.as_of, counters = excluded.counters, "
      + "set_at = now(), set_by = excluded.set_by RETURNING (xmax <> 0) AS replaced";
  static final String LIST = "SELECT tags, as_of, counters, set_at, set_by FROM opening_balances WHERE measurement = $1 ORDER BY series";

  private final Pool pool;

  public OpeningBalanceStore(Pool pool) {
    this.pool = pool;
  }

  /** All of them or none, in one transaction with its audit entry. */
  public Future<Void> put(String measurement, List<OpeningBalance> balances, String actor) {
    return pool.withTransaction(conn -> list(conn, measurement).compose(before -> {
      List<Tuple> rows = balances.stream().map(b -> Tuple.of(measurement, b.series(), new JsonObject(new HashMap<>(b.tags())), b.asOf(),
          new JsonObject(new HashMap<>(b.counters())), actor)).toList();
      return conn.preparedQuery(UPSERT).executeBatch(rows)
          .compose(v -> AuditLog.record(conn, actor, "opening-balances.put", new JsonObject().put("measurement", measurement)
              .put("before", json(before)).put("after", json(balances))));
    }));
  }

  public Future<List<OpeningBalance>> list(String measurement) {
    return list(pool, measurement);
  }

  private static Future<List<OpeningBalance>> list(io.vertx.sqlclient.SqlClient client, String measurement) {
    return client.preparedQuery(LIST).execute(Tuple.of(measurement)).map(rows -> {
      List<OpeningBalance> balances = new ArrayList<>();
      for (Row row : rows) {
        Map<String, String> tags = new HashMap<>();
        row.getJsonObject("tags").forEach(e -> tags.put(e.getKey(), (String) e.getValue()));
        Map<String, Long> counters = new HashMap<>();
        row.getJsonObject("counters").forEach(e -> counters.put(e.getKey(), ((Number) e.getValue()).longValue()));
        balances.add(new OpeningBalance(measurement, tags, row.getLocalDate("as_of"), counters));
      }
      return balances;
    });
  }

  private static JsonArray json(List<OpeningBalance> balances) {
    return new JsonArray(balances.stream().map(b -> new JsonObject().put("tags", new JsonObject(new HashMap<>(b.tags())))
        .put("as_of", b.asOf().toString()).put("counters", new JsonObject(new HashMap<>(b.counters())))).toList());
  }
}
