package com.citydata.bulletin.accounts;

import com.citydata.bulletin.catalog.AuditLog;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Desk accounts in PostgreSQL, every change recorded in the audit log in its own transaction. Passwords are hashed
 * and checked on a worker thread: an Argon2id check takes tens of milliseconds.
 */
public final class AccountRepository {
  private static final String COLUMNS = "id, name, role, units, families, locked_until, created_at";
  private static final String UNIQUE_VIOLATION = "23505";

  private final Vertx vertx;
  private final Pool pool;

  public AccountRepository(Vertx vertx, Pool pool) {
    this.vertx = vertx;
    this.pool = pool;
  }

  /** A new account's name is taken already. */
  public static final class NameTaken extends RuntimeException {
    public NameTaken(String name) {
      super("an account named '" + name + "' exists already");
    }
  }

  /** What a sign-in attempt came to. */
  public sealed interface SignIn permits SignedIn, Refused, Locked {
  }

  public record SignedIn(Account account) implements SignIn {
  }

  public record Refused() implements SignIn {
  }

  public record Locked(Instant until) implements SignIn {
  }

  /** What may change in an account; an empty one stays as it is. */
  public record Change(Optional<Role> role, Optional<List<String>> units, Optional<List<String>> families, Optional<String> password) {
  }

  public Future<Account> create(String name, String password, Role role, List<String> units, List<String> families, String actor) {
    UUID id = UUID.randomUUID();
    return vertx.executeBlocking(() -> Passwords.hash(password)).compose(hash -> pool.withTransaction(conn -> conn
            .preparedQuery("INSERT INTO accounts (id, name, password_hash, role, units, families) VALUES ($1, $2, $3, $4, $5, $6) RETURNING "
                + COLUMNS)
            .execute(Tuple.of(id, name, hash, role.word(), units.toArray(String[]::new), families.toArray(String[]::new)))
            .map(rows -> account(rows.iterator().next()))
            .compose(account -> AuditLog.record(conn, actor, "accounts.create", new JsonObject().put("id", account.id().toString())
                .put("before", null).put("after", account.toJson())).map(account)))
        .recover(failure -> Future.failedFuture(isUniqueViolation(failure) ? new NameTaken(name) : failure)));
  }

  public Future<List<Account>> list() {
    return pool.query("SELECT " + COLUMNS + " FROM accounts ORDER BY name").execute().map(AccountRepository::accounts);
  }

  public Future<Optional<Account>> find(UUID id) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM accounts WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> accounts(rows).stream().findFirst());
  }

  /** Empty when there is no such account. A new role or password ends the account's sessions. */
  public Future<Optional<Account>> update(UUID id, Change change, String actor) {
    Future<Optional<String>> hash = change.password().isPresent()
        ? vertx.executeBlocking(() -> Optional.of(Passwords.hash(change.password().get())))
        : Future.succeededFuture(Optional.empty());
    return hash.compose(newHash -> pool.withTransaction(conn -> conn
        .preparedQuery("SELECT " + COLUMNS + " FROM accounts WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
        .compose(rows -> {
          Optional<Account> before = accounts(rows).stream().findFirst();
          if (before.isEmpty()) {
            return Future.succeededFuture(Optional.<Account>empty());
          }
          Account was = before.get();
          return conn.preparedQuery("UPDATE accounts SET role = $2, units = $3, families = $4, password_hash = coalesce($5, password_hash), "
                  + "updated_at = now() WHERE id = $1 RETURNING " + COLUMNS)
              .execute(Tuple.of(id, change.role().orElse(was.role()).word(), change.units().orElse(was.units()).toArray(String[]::new),
                  change.families().orElse(was.families()).toArray(String[]::new), newHash.orElse(null)))
              .map(updated -> account(updated.iterator().next()))
              .compose(after -> endSessionsIf(conn, id, change.password().isPresent() || after.role() != was.role())
                  .compose(v -> AuditLog.record(conn, actor, "accounts.update", new JsonObject().put("id", id.toString())
                      .put("before", was.toJson()).put("after", after.toJson()).put("password_changed", change.password().isPresent())))
                  .map(Optional.of(after)));
        })));
  }

  /** @return false when there was no such account; its sessions end with it */
  public Future<Boolean> delete(UUID id, String actor) {
    return pool.withTransaction(conn -> conn.preparedQuery("DELETE FROM accounts WHERE id = $1 RETURNING " + COLUMNS).execute(Tuple.of(id))
        .compose(rows -> rows.size() == 0 ? Future.succeededFuture(false)
            : AuditLog.record(conn, actor, "accounts.delete", new JsonObject().put("id", id.toString())
                .put("before", account(rows.iterator().next()).toJson()).put("after", null)).map(true)));
  }

  /**
   * Checks a sign-in. A locked account is refused even with the right password; the {@code limit}-th failure within
   * {@code lock} locks it for {@code lock}, counted in the database so that every cluster member sees the same count.
   */
  public Future<SignIn> signIn(String name, String password, int limit, Duration lock) {
    return pool.preparedQuery("SELECT " + COLUMNS + ", password_hash, now() AS now FROM accounts WHERE name = $1").execute(Tuple.of(name))
        .compose(rows -> {
          if (rows.size() == 0) {
            return vertx.executeBlocking(() -> Passwords.matches(password, Dummy.HASH)).map(ignored -> (SignIn) new Refused());
          }
          Row row = rows.iterator().next();
          Account account = account(row);
          Instant now = row.getOffsetDateTime("now").toInstant();
          if (account.lockedUntil().isPresent() && account.lockedUntil().get().isAfter(now)) {
            return Future.succeededFuture(new Locked(account.lockedUntil().get()));
          }
          String hash = row.getString("password_hash");
          return vertx.executeBlocking(() -> Passwords.matches(password, hash))
              .compose(right -> right ? succeeded(account) : failed(account, limit, lock));
        });
  }

  private Future<SignIn> succeeded(Account account) {
    return pool.preparedQuery("DELETE FROM signin_failures WHERE account_id = $1").execute(Tuple.of(account.id()))
        .map(v -> new SignedIn(account));
  }

  private Future<SignIn> failed(Account account, int limit, Duration lock) {
    double seconds = lock.toSeconds();
    return pool.withTransaction(conn -> conn.preparedQuery("SELECT id FROM accounts WHERE id = $1 FOR UPDATE").execute(Tuple.of(account.id()))
        .compose(v -> conn.preparedQuery("INSERT INTO signin_failures (account_id) VALUES ($1)").execute(Tuple.of(account.id())))
        .compose(v -> conn.preparedQuery("SELECT count(*) AS failures FROM signin_failures WHERE account_id = $1 "
            + "AND at > now() - make_interval(secs => $2)").execute(Tuple.of(account.id(), seconds)))
        .compose(count -> count.iterator().next().getLong("failures") < limit ? Future.succeededFuture((SignIn) new Refused())
            : conn.preparedQuery("UPDATE accounts SET locked_until = now() + make_interval(secs => $2) WHERE id = $1 RETURNING locked_until")
                .execute(Tuple.of(account.id(), seconds))
                .compose(locked -> conn.preparedQuery("DELETE FROM signin_failures WHERE account_id = $1").execute(Tuple.of(account.id()))
                    .map(v -> (SignIn) new Locked(locked.iterator().next().getOffsetDateTime("locked_until").toInstant())))));
  }

  /** Checked when the name is unknown, so that a wrong name costs the time of a wrong password; made on a worker. */
  private static final class Dummy {
    static final String HASH = Passwords.hash("no account has this password");
  }

  private static Future<Void> endSessionsIf(SqlClient conn, UUID account, boolean end) {
    return end ? conn.preparedQuery("DELETE FROM sessions WHERE account_id = $1").execute(Tuple.of(account)).mapEmpty()
        : Future.succeededFuture();
  }

  static Account account(Row row) {
    return new Account(row.getUUID("id"), row.getString("name"), Role.named(row.getString("role")).orElseThrow(),
        List.of(row.getArrayOfStrings("units")), List.of(row.getArrayOfStrings("families")),
        Optional.ofNullable(row.getOffsetDateTime("locked_until")).map(t -> t.toInstant()), row.getOffsetDateTime("created_at").toInstant());
  }

  private static List<Account> accounts(RowSet<Row> rows) {
    List<Account> accounts = new ArrayList<>();
    rows.forEach(row -> accounts.add(account(row)));
    return accounts;
  }

  private static boolean isUniqueViolation(Throwable failure) {
    return failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState());
  }

  /** As GET /api/v1/accounts lists them. */
  public static JsonArray toJson(List<Account> accounts) {
    return new JsonArray(accounts.stream().map(Account::toJson).map(Object.class::cast).toList());
  }
}
