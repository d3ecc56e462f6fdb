package com.citydata.bulletin.delivery;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deliveries table as an outbox. A delivery is queued by the transaction that publishes the revision (or saves
 * the draft), so none is lost and none exists for a revision that was rolled back. A worker claims due rows with a
 * lease; a row under lease is skipped by every other worker, and a result is recorded only by the worker that still
 * holds the claim, so a worker that outlived its lease cannot overwrite another's result.
 */
public final class Outbox {
  static final String ENQUEUE =
      "INSERT INTO deliveries (id, subscription_id, event, bulletin_date, revision, notice) "
          + "SELECT gen_random_uuid(), id, $1, $2, $3, $4 FROM subscriptions WHERE $1 = ANY (events)";

  static final String CLAIM =
      "UPDATE deliveries d SET claimed_by = $1, lease_until = now() + $2 * interval '1 millisecond', "
          + "attempts = d.attempts + 1, last_attempt_at = now() FROM subscriptions s "
          + "WHERE s.id = d.subscription_id AND d.id IN (SELECT id FROM deliveries WHERE state = 'pending' "
          + "AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now()) "
          + "ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) "
          + "RETURNING d.id, d.notice, d.attempts, d.created_at, s.kind, s.url, s.secret";

  /** $3 the new state; $4 the wait before the next attempt in milliseconds, for a delivery still pending. */
  static final String RECORD =
      "UPDATE deliveries SET state = $3, next_attempt_at = CASE WHEN $4::bigint IS NULL THEN next_attempt_at "
          + "ELSE now() + $4 * interval '1 millisecond' END, last_status = $5, last_error = $6, "
          + "delivered_at = CASE WHEN $3 = 'delivered' THEN now() END, claimed_by = NULL, lease_until = NULL "
          + "WHERE id = $1 AND claimed_by = $2";

  /** A claimed delivery with what sending it needs. */
  public record Claimed(UUID id, JsonObject notice, int attempts, OffsetDateTime queued, String kind, String url, String secret) {
  }

  private final Pool pool;

  public Outbox(Pool pool) {
    this.pool = pool;
  }

  /** Queues the notice for every subscription to its event, on the caller's transaction. */
  public static Future<Void> enqueue(SqlClient transaction, JsonObject notice) {
    return transaction.preparedQuery(ENQUEUE).execute(Tuple.of(notice.getString("event"), LocalDate.parse(notice.getString("date")),
        notice.getInteger("revision"), notice)).mapEmpty();
  }

  public Future<List<Claimed>> claim(String worker, Duration lease, int limit) {
    return pool.preparedQuery(CLAIM).execute(Tuple.of(worker, lease.toMillis(), limit)).map(rows -> {
      List<Claimed> claimed = new ArrayList<>();
      for (Row row : rows) {
        claimed.add(new Claimed(row.getUUID("id"), (JsonObject) row.getValue("notice"), row.getInteger("attempts"),
            row.getOffsetDateTime("created_at"), row.getString("kind"), row.getString("url"), row.getString("secret")));
      }
      return claimed;
    });
  }

  /** @return false when this worker no longer held the claim, so nothing was recorded */
  public Future<Boolean> record(UUID id, String worker, String state, Duration retryIn, Integer status, String error) {
    return pool.preparedQuery(RECORD).execute(Tuple.of(id, worker, state, retryIn == null ? null : retryIn.toMillis(), status, error))
        .map(rows -> rows.rowCount() == 1);
  }
}
