package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Role;
import com.citydata.bulletin.accounts.Sessions;
import com.citydata.bulletin.auth.Principal;
import com.citydata.bulletin.auth.Tokens;
import com.citydata.bulletin.catalog.CollectorRepository;
import io.vertx.core.Future;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Authenticates the bearer token and applies {@link AccessPolicy} before the body is read or validated, so an
 * unauthorised caller learns nothing about the contract and costs no parsing. An address that presented too many bad
 * tokens is refused before its token is even looked up, and each principal is held to its request rate. A call without
 * a token may come from a browser signed in to the desk: its session cookie stands for the account, and a call that
 * changes something must also carry the session's form token in {@code X-CSRF-Token}, which another site cannot read.
 */
final class BearerAuth {
  static final String PRINCIPAL = "principal";
  private static final String PREFIX = "Bearer ";
  /** InfluxDB's scheme, which Telegraf and the InfluxDB client libraries send to the line-protocol door. */
  private static final String INFLUX_PREFIX = "Token ";

  private final String adminToken;
  private final CollectorRepository collectors;
  private final AccessPolicy policy;
  private final RateLimiter rates;
  private final FailedAuthLimiter failures;
  private final Sessions sessions;

  BearerAuth(String adminToken, CollectorRepository collectors, AccessPolicy policy, RateLimiter rates, FailedAuthLimiter failures,
      Sessions sessions) {
    this.adminToken = adminToken;
    this.collectors = collectors;
    this.policy = policy;
    this.rates = rates;
    this.failures = failures;
    this.sessions = sessions;
  }

  static Principal principal(RoutingContext ctx) {
    return ctx.get(PRINCIPAL);
  }

  void handle(RoutingContext ctx) {
    // The path the router matches ("a/../b" is "b"), so that no spelling of a path meets a looser rule than its route.
    AccessPolicy.Requirement requirement = policy.requirement(ctx.request().method(), ctx.normalizedPath());
    if (requirement instanceof AccessPolicy.Public) {
      ctx.next();
      return;
    }
    String header = ctx.request().getHeader("Authorization");
    String scheme = header == null ? null : header.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) ? PREFIX
        : header.regionMatches(true, 0, INFLUX_PREFIX, 0, INFLUX_PREFIX.length()) ? INFLUX_PREFIX : null;
    if (scheme == null) {
      Cookie session = ctx.request().getCookie(DeskSessions.COOKIE);
      if (session == null) {
        unauthorized(ctx);
      } else {
        bySession(ctx, requirement, session.getValue());
      }
      return;
    }
    // The peer's own address: a forwarded-for header is the client's to write, so it could dodge the limit.
    String address = String.valueOf(ctx.request().remoteAddress().hostAddress());
    OptionalLong blocked = failures.blocked(address);
    if (blocked.isPresent()) {
      ApiErrors.tooManyRequests(ctx, blocked.getAsLong(), "too many invalid bearer tokens from this address");
      return;
    }
    String token = header.substring(scheme.length()).trim();
    // Hold the body back while the token is looked up; the body handler resumes the request.
    if (!ctx.request().isEnded()) {
      ctx.request().pause();
    }
    authenticate(token).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
      } else if (ar.result().isEmpty()) {
        failures.failed(address);
        unauthorized(ctx);
      } else {
        limit(ctx, requirement, ar.result().get());
      }
    });
  }

  private void bySession(RoutingContext ctx, AccessPolicy.Requirement requirement, String cookie) {
    if (!ctx.request().isEnded()) {
      ctx.request().pause();
    }
    sessions.find(cookie).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
      } else if (ar.result().isEmpty()) {
        unauthorized(ctx);
      } else if (DeskSessions.changes(ctx.request().method())
          && !DeskSessions.sameToken(ctx.request().getHeader(DeskSessions.CSRF_HEADER), ar.result().get().csrf())) {
        ApiErrors.send(ctx, 403, "a signed-in call that changes something needs the session's " + DeskSessions.CSRF_HEADER + " header",
            List.of());
      } else if (ar.result().get().account().role() == Role.REPORTER && requirement instanceof AccessPolicy.AnyToken any
          && !any.reporters()) {
        ApiErrors.send(ctx, 403, "a reporter's session may post its own units' figures and read the catalog (the published "
            + "bulletins are the pages at /bulletins); this call reads other units' figures", List.of());
      } else {
        limit(ctx, requirement, ar.result().get().account().principal());
      }
    });
  }

  private void limit(RoutingContext ctx, AccessPolicy.Requirement requirement, Principal principal) {
    OptionalLong wait = rates.acquire(principal.id());
    if (wait.isPresent()) {
      ApiErrors.tooManyRequests(ctx, wait.getAsLong(), "this token made more requests than its rate limit allows");
      return;
    }
    authorize(ctx, requirement, principal);
  }

  private Future<Optional<Principal>> authenticate(String token) {
    if (Tokens.matches(token, adminToken)) {
      return Future.succeededFuture(Optional.of(Principal.administrator()));
    }
    return collectors.findByToken(token);
  }

  private static void authorize(RoutingContext ctx, AccessPolicy.Requirement requirement, Principal principal) {
    String denied = null;
    if (requirement instanceof AccessPolicy.Admin && !principal.admin()) {
      denied = "this call needs the admin token";
    } else if (requirement instanceof AccessPolicy.Editor && !principal.editor()) {
      denied = "this call needs an editor: the admin token, or an editor's or admin's session";
    } else if (requirement instanceof AccessPolicy.Family family && !principal.mayPost(family.name())) {
      denied = "this token may not post the family '" + family.name() + "'";
    }
    if (denied != null) {
      ApiErrors.send(ctx, 403, denied, List.of());
      return;
    }
    ctx.put(PRINCIPAL, principal);
    ctx.next();
  }

  private static void unauthorized(RoutingContext ctx) {
    ctx.response().putHeader("WWW-Authenticate", "Bearer");
    ApiErrors.send(ctx, 401, "missing or invalid bearer token", List.of());
  }
}
