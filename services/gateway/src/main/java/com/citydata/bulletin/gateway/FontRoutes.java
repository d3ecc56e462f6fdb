package com.citydata.bulletin.gateway;

import io.vertx.ext.web.RoutingContext;

/**
 * The shipped CJK fonts (module bulletin-fonts), for the HTML bulletin's @font-face: browsers on machines without
 * Chinese fonts render it too. The contract admits only the shipped file names.
 */
final class FontRoutes {
  private static final long ONE_DAY_SECONDS = 86_400;

  private FontRoutes() {
  }

  static void get(RoutingContext ctx) {
    String file = ctx.pathParam("file");
    // sendFile streams the resource (Vert.x resolves it from the classpath) instead of holding 10 MB per request.
    ctx.response()
        .putHeader("Content-Type", file.endsWith(".ttf") ? "font/ttf" : "text/plain; charset=utf-8")
        .putHeader("Cache-Control", "public, max-age=" + ONE_DAY_SECONDS)
        .sendFile("fonts/" + file)
        .onFailure(ctx::fail);
  }
}
