package com.citydata.bulletin.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.Set;

/**
 * The published OpenAPI file, and the contract the router validates requests with. vertx-openapi refuses response
 * media types it cannot validate (HTML, Markdown, Word, PDF); responses are not validated here, so those response
 * entries are dropped from the router's copy while the published file keeps them, as are the bodies of operations
 * that take files, which their family checks.
 */
final class Contract {
  private static final Set<String> RESPONSE_TYPES_THE_ROUTER_MODELS = Set.of("application/json");

  private Contract() {
  }

  static Future<OpenAPIContract> forRouter(Vertx vertx, JsonObject document) {
    return OpenAPIContract.from(vertx, forRouter(document));
  }

  static JsonObject forRouter(JsonObject document) {
    JsonObject copy = document.copy();
    copy.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
      if (operation.getValue() instanceof JsonObject op && "file".equals(op.getString("x-ingest"))) {
        // A file (spreadsheet, CSV) is checked by its family, row by row; the router only sees that one came.
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
