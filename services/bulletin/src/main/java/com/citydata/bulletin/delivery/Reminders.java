package com.citydata.bulletin.delivery;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The week's reminders in PostgreSQL: the first instance to claim a bulletin day queues its reminder for every
 * subscription to reminders, in the same transaction, so it goes out once whatever the number of instances, and not
 * at all when nobody is silent.
 */
final class Reminders {
  static final String CLAIM = "INSERT INTO reminders (bulletin_date, claimed_by, silent) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING "
      + "RETURNING bulletin_date";
  static final String QUEUED = "SELECT queued_at FROM reminders WHERE bulletin_date = $1";

  private final Pool pool;

  Reminders(Pool pool) {
    this.pool = pool;
  }

  /** @return false when the day's reminder was claimed before */
  Future<Boolean> queue(LocalDate day, String instance, JsonObject notice) {
    return pool.withTransaction(conn -> conn.preparedQuery(CLAIM).execute(Tuple.of(day, instance, notice.getJsonArray("silent")))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(false);
          }
          return ReminderNotice.anybodySilent(notice) ? Outbox.enqueue(conn, notice).map(true) : Future.succeededFuture(true);
        }));
  }

  /** When the day's reminder was queued, if it was. */
  Future<Optional<String>> queuedAt(LocalDate day) {
    return pool.preparedQuery(QUEUED).execute(Tuple.of(day)).map(rows -> rows.size() == 0 ? Optional.empty()
        : Optional.of(rows.iterator().next().getOffsetDateTime("queued_at").toInstant().toString()));
  }
}
