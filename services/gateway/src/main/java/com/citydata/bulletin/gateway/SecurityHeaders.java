package com.citydata.bulletin.gateway;

import io.vertx.ext.web.RoutingContext;

/**
 * Headers every answer carries, and the content policy of HTML pages. The bulletin and archive pages need nothing
 * but their own inline styles and SVG, and fonts and images in data: URIs; they load nothing else, run no script
 * and may not be framed.
 */
final class SecurityHeaders {
  static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private SecurityHeaders() {
  }

  static void handle(RoutingContext ctx) {
    ctx.response().putHeader("X-Content-Type-Options", "nosniff").putHeader("Referrer-Policy", "no-referrer");
    ctx.addHeadersEndHandler(v -> {
      String type = ctx.response().headers().get("Content-Type");
      if (type != null && type.startsWith("text/html")) {
        ctx.response().putHeader("Content-Security-Policy", HTML_POLICY).putHeader("X-Frame-Options", "DENY");
      }
    });
    ctx.next();
  }
}
