package com.citydata.bulletin.gateway;

import io.vertx.ext.web.RoutingContext;

/**
 * Headers every answer carries, and the content policy of HTML pages. The bulletin and archive pages need nothing
 * but their own inline styles and SVG, and fonts and images in data: URIs; they load nothing else, run no script
 * and may not be framed. The desk's pages post forms to the desk and frame its draft.
 */
final class SecurityHeaders {
  static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  /** The desk's pages post their forms to the desk and frame the draft; still no script and nothing from elsewhere. */
  static final String DESK_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src 'self' data:; img-src data:; "
      + "frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
  /** The draft, framed by the week page and by nothing else. */
  static final String DRAFT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; "
      + "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

  private SecurityHeaders() {
  }

  static void handle(RoutingContext ctx) {
    ctx.response().putHeader("X-Content-Type-Options", "nosniff").putHeader("Referrer-Policy", "no-referrer");
    ctx.addHeadersEndHandler(v -> {
      String type = ctx.response().headers().get("Content-Type");
      if (type != null && type.startsWith("text/html")) {
        String path = ctx.request().path();
        boolean draft = path.startsWith("/desk/") && path.endsWith("/draft");
        ctx.response().putHeader("Content-Security-Policy", draft ? DRAFT_POLICY : path.startsWith("/desk") ? DESK_POLICY : HTML_POLICY)
            .putHeader("X-Frame-Options", draft ? "SAMEORIGIN" : "DENY");
      }
    });
    ctx.next();
  }
}
