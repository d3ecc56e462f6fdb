package com.citydata.bulletin.delivery;

import com.citydata.bulletin.catalog.AuditLog;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions and their deliveries as the admin API shows them; the secret is written, never read back out. */
public final class Subscriptions {
  static final String INSERT =
      "INSERT INTO subscriptions (id, name, kind, url, secret, events, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) "
          + "RETURNING created_at";
  static final String LIST = "SELECT id, name, kind, url, events, created_at FROM subscriptions ORDER BY created_at, id";
  static final String DELETE = "DELETE FROM subscriptions WHERE id = $1 RETURNING id, name, kind, url, events, created_at";
  static final String EXISTS = "SELECT 1 FROM subscriptions WHERE id = $1";
  static final String DELIVERIES =
      "SELECT id, event, bulletin_date, revision, state, attempts, created_at, next_attempt_at, last_attempt_at, last_status, "
          + "last_error, delivered_at FROM deliveries WHERE subscription_id = $1 ORDER BY created_at DESC, id LIMIT 1000";

  private final Pool pool;

  public Subscriptions(Pool pool) {
    this.pool = pool;
  }

  /** Stores a subscription the rules accepted. */
  public Future<JsonObject> create(JsonObject subscription, String actor) {
    UUID id = UUID.randomUUID();
    String[] events = subscription.getJsonArray("events").stream().map(String.class::cast).toArray(String[]::new);
    return pool.withTransaction(conn -> conn.preparedQuery(INSERT).execute(Tuple.tuple(List.of(id, subscription.getString("name"),
            subscription.getString("kind"), subscription.getString("url"), subscription.getString("secret"), events, actor)))
        .compose(rows -> {
          JsonObject created = new JsonObject().put("id", id.toString()).put("name", subscription.getString("name"))
              .put("kind", subscription.getString("kind")).put("url", subscription.getString("url"))
              .put("events", new JsonArray(List.of(events)))
              .put("created_at", rows.iterator().next().getOffsetDateTime("created_at").toInstant().toString());
          return AuditLog.record(conn, actor, "subscriptions.create", new JsonObject().put("id", id.toString()).put("before", null)
              .put("after", created.copy().put("url", SubscriptionRules.masked(created.getString("url"))))).map(created);
        }));
  }

  public Future<JsonArray> list() {
    return pool.query(LIST).execute().map(rows -> {
      JsonArray list = new JsonArray();
      for (Row row : rows) {
        list.add(subscription(row));
      }
      return list;
    });
  }

  private static JsonObject masked(JsonObject subscription) {
    return subscription.put("url", SubscriptionRules.masked(subscription.getString("url")));
  }

  private static JsonObject subscription(Row row) {
    return new JsonObject().put("id", row.getUUID("id").toString()).put("name", row.getString("name"))
        .put("kind", row.getString("kind")).put("url", row.getString("url"))
        .put("events", new JsonArray(List.of(row.getArrayOfStrings("events"))))
        .put("created_at", row.getOffsetDateTime("created_at").toInstant().toString());
  }

  /** Removes it and its deliveries, sent or not; @return false when there was none */
  public Future<Boolean> delete(UUID id, String actor) {
    return pool.withTransaction(conn -> conn.preparedQuery(DELETE).execute(Tuple.of(id)).compose(rows -> rows.rowCount() == 0
        ? Future.succeededFuture(false)
        : AuditLog.record(conn, actor, "subscriptions.delete", new JsonObject().put("id", id.toString())
            .put("before", masked(subscription(rows.iterator().next()))).put("after", null)).map(true)));
  }

  /** Its deliveries, newest first; empty when there is no such subscription. */
  public Future<Optional<JsonArray>> deliveries(UUID id) {
    return pool.preparedQuery(EXISTS).execute(Tuple.of(id)).compose(found -> found.size() == 0 ? Future.succeededFuture(Optional.empty())
        : pool.preparedQuery(DELIVERIES).execute(Tuple.of(id)).map(rows -> {
          JsonArray list = new JsonArray();
          for (Row row : rows) {
            boolean pending = row.getString("state").equals("pending");
            list.add(new JsonObject().put("id", row.getUUID("id").toString()).put("event", row.getString("event"))
                .put("date", row.getLocalDate("bulletin_date").toString()).put("revision", row.getInteger("revision"))
                .put("state", row.getString("state")).put("attempts", row.getInteger("attempts"))
                .put("last_status", row.getInteger("last_status")).put("last_error", row.getString("last_error"))
                .put("created_at", instant(row.getOffsetDateTime("created_at")))
                .put("last_attempt_at", instant(row.getOffsetDateTime("last_attempt_at")))
                .put("next_attempt_at", pending ? instant(row.getOffsetDateTime("next_attempt_at")) : null)
                .put("delivered_at", instant(row.getOffsetDateTime("delivered_at"))));
          }
          return Optional.of(list);
        }));
  }

  private static String instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant().toString();
  }
}
