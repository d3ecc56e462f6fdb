package com.citydata.bulletin.accounts;

import com.citydata.bulletin.auth.Tokens;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Desk sessions in PostgreSQL, so they survive a restart and hold on every cluster member. The cookie carries 256
 * random bits; only their SHA-256 is stored. A session ends after {@code idle} without a request, after
 * {@code maxAge} in any case, at sign-out, and when its account is removed or gets a new role or password. Times are
 * the database's, one clock for the whole cluster.
 */
public final class Sessions {
  private final Pool pool;
  private final Duration idle;
  private final Duration maxAge;

  public Sessions(Pool pool, Duration idle, Duration maxAge) {
    this.pool = pool;
    this.idle = idle;
    this.maxAge = maxAge;
  }

  /** A session's cookie value (shown to the browser only) and the token its forms carry. */
  public record Opened(String cookie, String csrf) {
  }

  /** A live session: whose it is and its forms' token. */
  public record Session(Account account, String csrf) {
  }

  public Future<Opened> open(UUID account) {
    String cookie = Tokens.generate();
    String csrf = Tokens.generate();
    return pool.preparedQuery("INSERT INTO sessions (id_hash, account_id, csrf, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))")
        .execute(Tuple.of(Buffer.buffer(Tokens.hash(cookie)), account, csrf, (double) maxAge.toSeconds()))
        .map(v -> new Opened(cookie, csrf));
  }

  /** The live session of a cookie, which counts as a request: its idle time starts again. */
  public Future<Optional<Session>> find(String cookie) {
    return pool.preparedQuery("WITH s AS (UPDATE sessions SET seen_at = now() WHERE id_hash = $1 AND expires_at > now() "
            + "AND seen_at > now() - make_interval(secs => $2) RETURNING account_id, csrf) "
            + "SELECT a.id, a.name, a.role, a.units, a.families, a.locked_until, a.created_at, s.csrf FROM s JOIN accounts a ON a.id = s.account_id")
        .execute(Tuple.of(Buffer.buffer(Tokens.hash(cookie)), (double) idle.toSeconds()))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Row row = rows.iterator().next();
          return Optional.of(new Session(AccountRepository.account(row), row.getString("csrf")));
        });
  }

  public Future<Void> close(String cookie) {
    return pool.preparedQuery("DELETE FROM sessions WHERE id_hash = $1").execute(Tuple.of(Buffer.buffer(Tokens.hash(cookie)))).mapEmpty();
  }

  /** Ended sessions, removed now and then so that the table holds live ones only. */
  public Future<Integer> sweep() {
    return pool.preparedQuery("DELETE FROM sessions WHERE expires_at <= now() OR seen_at <= now() - make_interval(secs => $1)")
        .execute(Tuple.of((double) idle.toSeconds())).map(rows -> rows.rowCount());
  }
}
