package com.citydata.bulletin.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Bodies are JSON: a request that sends a body of another type gets 415 before anything reads it. */
final class JsonBodyRule {
  private JsonBodyRule() {
  }

  static void handle(RoutingContext ctx) {
    HttpMethod method = ctx.request().method();
    boolean mayHaveBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    String contentType = ctx.request().getHeader("Content-Type");
    if (mayHaveBody && contentType != null && !isJson(contentType)) {
      ApiErrors.send(ctx, 415, "the body must be JSON (Content-Type: application/json), got " + contentType, List.of());
      return;
    }
    ctx.next();
  }

  static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].trim();
    return mediaType.equalsIgnoreCase("application/json");
  }
}
