package com.citydata.bulletin.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The published OpenAPI file, and the contract the router validates requests with. vertx-openapi refuses response
 * media types it cannot validate (HTML, Markdown, Word, PDF); responses are not validated here, so those response
 * entries are dropped from the router's copy while the published file keeps them, as are the bodies of operations
 * that take files or line protocol, which their family checks. A time-series family checks each of its points in its
 * own code, in one pass with its catalog checks, as the body streams: the router does not read those bodies, and
 * {@link PointsEnvelope} checks their envelope (an array of at most 5,000 points and nothing beside it) against the
 * contract. A generic schema validator walking every point was most of an ingest's cost.
 */
final class Contract {
  private static final Set<String> RESPONSE_TYPES_THE_ROUTER_MODELS = Set.of("application/json");
  /** Files and line protocol: bodies that are not JSON, which their family reads. */
  private static final Set<String> BODIES_THEIR_FAMILY_READS = Set.of("file", "lines");

  private Contract() {
  }

  static boolean familyReadsBody(JsonObject operation) {
    String ingest = operation.getString("x-ingest");
    return ingest != null && BODIES_THEIR_FAMILY_READS.contains(ingest);
  }

  private static boolean streamed(JsonObject operation, Set<String> seriesFamilies) {
    return operation.containsKey("x-family") && seriesFamilies.contains(operation.getString("x-family"));
  }

  /**
   * The envelope of each time-series family's ingest body, by operationId: its schema with the points' items left
   * out, which their family checks. Even "each item is an object" had a generic validator walk every point.
   */
  static Map<String, JsonObject> envelopes(JsonObject document, Set<String> seriesFamilies) {
    Map<String, JsonObject> envelopes = new HashMap<>();
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
      if (operation.getValue() instanceof JsonObject op && op.getBoolean("x-form", false)) {
        // An HTML form of the desk (urlencoded, which vertx-openapi does not read); its handler checks every field.
        op.remove("requestBody");
      }
      if (operation.getValue() instanceof JsonObject op && streamed(op, seriesFamilies)) {
        JsonObject schema = op.getJsonObject("requestBody").getJsonObject("content").getJsonObject(JsonBodyRule.JSON)
            .getJsonObject("schema").copy();
        schema.getJsonObject("properties").getJsonObject("points").remove("items");
        envelopes.put(op.getString("operationId"), schema);
      }
    }));
    return envelopes;
  }

  static Future<OpenAPIContract> forRouter(Vertx vertx, JsonObject document, Set<String> seriesFamilies) {
    return OpenAPIContract.from(vertx, forRouter(document, seriesFamilies));
  }

  static JsonObject forRouter(JsonObject document, Set<String> seriesFamilies) {
    JsonObject copy = document.copy();
    copy.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
      if (operation.getValue() instanceof JsonObject op) {
        // Tokens are checked before the router, by BearerAuth; the router would want a handler per scheme.
        op.remove("security");
      }
      if (operation.getValue() instanceof JsonObject op && (familyReadsBody(op) || op.getBoolean(ServedContract.SHEETS, false))) {
        // A file (spreadsheet, CSV) or line protocol is checked by its family, row by row; the router only sees that one came.
        op.remove("requestBody");
      }
      if (operation.getValue() instanceof JsonObject op && op.getBoolean("x-form", false)) {
        // An HTML form of the desk (urlencoded, which vertx-openapi does not read); its handler checks every field.
        op.remove("requestBody");
      }
      if (operation.getValue() instanceof JsonObject op && streamed(op, seriesFamilies)) {
        // PointsEnvelope checks the body's envelope, and the family its points as the body streams.
        op.remove("requestBody");
      }
      if (operation.getValue() instanceof JsonObject op && op.containsKey("responses")) {
        op.getJsonObject("responses").forEach(response -> {
          JsonObject content = ((JsonObject) response.getValue()).getJsonObject("content");
          if (content != null) {
            content.fieldNames().removeIf(type -> !RESPONSE_TYPES_THE_ROUTER_MODELS.contains(type));
          }
        });
      }
    }));
    return copy;
  }
}
