package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Sessions;
import io.vertx.core.Future;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The desk's cookies: the session's ({@value #COOKIE}) and, before sign-in, the login form's token
 * ({@value #LOGIN_COOKIE}), which the form repeats so that another site cannot sign a browser in as someone else.
 * Both are HttpOnly, SameSite=Strict and Path=/, and Secure when the product is served over https.
 */
final class DeskSessions {
  static final String COOKIE = "bulletin_session";
  static final String LOGIN_COOKIE = "bulletin_login";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_FIELD = "csrf";
  /** Where the handlers find the request's session, when it has one. */
  static final String SESSION = "desk-session";
  private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final Sessions sessions;
  private final boolean secure;

  DeskSessions(Sessions sessions, boolean secure) {
    this.sessions = sessions;
    this.secure = secure;
  }

  Sessions store() {
    return sessions;
  }

  static boolean changes(HttpMethod method) {
    return !SAFE.contains(method);
  }

  /** In constant time, so that the answer's timing does not tell how much of a token matched. */
  static boolean sameToken(String presented, String expected) {
    return presented != null && expected != null
        && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /** Puts the request's live session, if any, where {@link #session} finds it, then goes on. */
  void resolve(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(COOKIE);
    if (cookie == null) {
      ctx.next();
      return;
    }
    if (!ctx.request().isEnded()) {
      ctx.request().pause();
    }
    sessions.find(cookie.getValue()).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
        return;
      }
      ar.result().ifPresent(session -> ctx.put(SESSION, session));
      ctx.next();
    });
  }

  static Optional<Sessions.Session> session(RoutingContext ctx) {
    return Optional.ofNullable(ctx.get(SESSION));
  }

  Cookie cookie(String name, String value, Duration maxAge) {
    return Cookie.cookie(name, value).setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(secure).setPath("/")
        .setMaxAge(maxAge.toSeconds());
  }

  Cookie expired(String name) {
    return cookie(name, "", Duration.ZERO);
  }

  Future<Void> close(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(COOKIE);
    return cookie == null ? Future.succeededFuture() : sessions.close(cookie.getValue());
  }
}
