package com.citydata.bulletin.family;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

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

  static RankingTable of(String id, String schema, java.util.function.Function<RankingRequest, Future<JsonObject>> compute) {
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
    };
  }
}
