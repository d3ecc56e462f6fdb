package com.citydata.bulletin.catalog;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * Records every change made by a person or token in the same transaction as the change itself, and reads them back.
 * Each entry's detail names what changed (an id, a day) and holds {@code before} and {@code after}, either null where
 * the thing did not exist; a secret (a password, a token, a robot's access_token) is never in it.
 */
public final class AuditLog {
  private AuditLog() {
  }

  public static Future<Void> record(SqlClient client, String actor, String action, JsonObject detail) {
    return client.preparedQuery(CatalogQueries.INSERT_AUDIT).execute(Tuple.of(actor, action, detail)).mapEmpty();
  }

  /** The newest entries first, at most {@code limit}, each {@code {"id","at","actor","action","detail"}}. */
  public static Future<JsonArray> recent(SqlClient client, int limit) {
    return client.preparedQuery("SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT $1").execute(Tuple.of(limit))
        .map(rows -> {
          JsonArray entries = new JsonArray();
          for (Row row : rows) {
            entries.add(new JsonObject().put("id", row.getLong("id")).put("at", row.getOffsetDateTime("at").toInstant().toString())
                .put("actor", row.getString("actor")).put("action", row.getString("action")).put("detail", row.getJsonObject("detail")));
          }
          return entries;
        });
  }
}
