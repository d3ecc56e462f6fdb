package com.citydata.bulletin.catalog;

import com.citydata.bulletin.auth.Principal;
import com.citydata.bulletin.auth.Tokens;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Collectors and their tokens. */
public final class CollectorRepository {
  private final Pool pool;

  public CollectorRepository(Pool pool) {
    this.pool = pool;
  }

  public record Created(UUID id, String token) {
  }

  /** @param units canonical catalog names; empty: the collector may post for every unit */
  public Future<Created> create(String name, List<String> families, List<String> units, String actor) {
    UUID id = UUID.randomUUID();
    String token = Tokens.generate();
    return pool.withTransaction(conn -> conn.preparedQuery(CatalogQueries.INSERT_COLLECTOR)
        .execute(Tuple.of(id, name, families.toArray(String[]::new), units.toArray(String[]::new), Buffer.buffer(Tokens.hash(token))))
        .compose(v -> AuditLog.record(conn, actor, "collectors.create", new JsonObject().put("id", id.toString()).put("before", null)
            .put("after", new JsonObject().put("name", name).put("families", new JsonArray(families)).put("units", new JsonArray(units))
                .put("revoked", false))))
        .map(new Created(id, token)));
  }

  /** @return false when there is no such active collector */
  public Future<Boolean> revoke(UUID id, String actor) {
    return pool.withTransaction(conn -> conn.preparedQuery(CatalogQueries.REVOKE_COLLECTOR).execute(Tuple.of(id))
        .compose(rows -> rows.size() == 0 ? Future.succeededFuture(false)
            : AuditLog.record(conn, actor, "collectors.revoke", new JsonObject().put("id", id.toString())
                .put("before", collector(rows.iterator().next()).put("revoked", false))
                .put("after", collector(rows.iterator().next()).put("revoked", true))).map(true)));
  }

  private static JsonObject collector(Row row) {
    return new JsonObject().put("name", row.getString("name")).put("families", new JsonArray(List.of(row.getArrayOfStrings("families"))))
        .put("units", new JsonArray(List.of(row.getArrayOfStrings("units"))));
  }

  public Future<Optional<Principal>> findByToken(String token) {
    return pool.preparedQuery(CatalogQueries.FIND_COLLECTOR_BY_TOKEN)
        .execute(Tuple.of(Buffer.buffer(Tokens.hash(token))))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Row row = rows.iterator().next();
          return Optional.of(new Principal(row.getUUID("id").toString(), row.getString("name"), false, false,
              Set.of(row.getArrayOfStrings("families")), Set.of(row.getArrayOfStrings("units"))));
        });
  }

  public Future<JsonArray> list() {
    return pool.query(CatalogQueries.LIST_COLLECTORS).execute().map(rows -> {
      JsonArray collectors = new JsonArray();
      for (Row row : rows) {
        collectors.add(new JsonObject()
            .put("id", row.getUUID("id").toString())
            .put("name", row.getString("name"))
            .put("families", new JsonArray(List.of(row.getArrayOfStrings("families"))))
            .put("units", new JsonArray(List.of(row.getArrayOfStrings("units"))))
            .put("created_at", row.getOffsetDateTime("created_at").toInstant().toString())
            .put("revoked", row.getValue("revoked_at") != null));
      }
      return collectors;
    });
  }
}
