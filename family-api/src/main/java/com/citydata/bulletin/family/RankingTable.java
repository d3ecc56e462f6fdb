package com.citydata.bulletin.family;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;
import java.util.function.Predicate;

/** One table of {@code GET /api/v1/rankings/{id}}: reads its figures for a window and ranks them. */
public interface RankingTable {

  /** The public id, e.g. {@code exchange-collect}. */
  String id();

  /** The name of the schema of its answer in the family's contract fragment. */
  String schema();

  Future<JsonObject> compute(RankingRequest request);

  /** Whether a computed table has anything to print; by default, whether its total counts any unit. */
  default boolean hasData(JsonObject table) {
    JsonObject total = table == null ? null : table.getJsonObject("total");
    return total != null && total.getLong("units", 0L) > 0;
  }

  static RankingTable of(String id, String schema, Function<RankingRequest, Future<JsonObject>> compute) {
    return of(id, schema, compute, null);
  }

  /** @param hasData whether a computed table has anything to print, when the total's units do not say it */
  static RankingTable of(String id, String schema, Function<RankingRequest, Future<JsonObject>> compute, Predicate<JsonObject> hasData) {
    return new RankingTable() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String schema() {
        return schema;
      }

      @Override
      public Future<JsonObject> compute(RankingRequest request) {
        return compute.apply(request);
      }

      @Override
      public boolean hasData(JsonObject table) {
        return hasData == null ? RankingTable.super.hasData(table) : table != null && hasData.test(table);
      }
    };
  }
}
