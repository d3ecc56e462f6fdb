package com.citydata.bulletin.catalog;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/** Records admin actions in the same transaction as the change they describe. */
public final class AuditLog {
  private AuditLog() {
  }

  public static Future<Void> record(SqlClient client, String actor, String action, JsonObject detail) {
    return client.preparedQuery(CatalogQueries.INSERT_AUDIT).execute(Tuple.of(actor, action, detail)).mapEmpty();
  }
}
