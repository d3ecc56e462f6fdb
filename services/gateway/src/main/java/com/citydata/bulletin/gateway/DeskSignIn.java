package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.AccountRepository;
import com.citydata.bulletin.auth.Tokens;
import com.citydata.bulletin.domain.WeekCalendar;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in and sign-out at /desk/login and /desk/logout. The login form carries a token that a cookie repeats, so
 * another site cannot sign a browser in; a good sign-in opens a new session; failed ones count toward the account's
 * lock and the address's limit.
 */
final class DeskSignIn {
  private static final Logger LOG = LoggerFactory.getLogger(DeskSignIn.class);
  /** The login form's token lives as long as a person takes to type a password. */
  private static final Duration LOGIN_FORM = Duration.ofMinutes(30);

  private final AccountRepository accounts;
  private final DeskSessions sessions;
  private final WeekCalendar calendar;
  private final FailedAuthLimiter addresses;
  private final int failureLimit;
  private final Duration lock;
  private final Duration sessionAge;

  DeskSignIn(AccountRepository accounts, DeskSessions sessions, WeekCalendar calendar, FailedAuthLimiter addresses, int failureLimit,
      Duration lock, Duration sessionAge) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.calendar = calendar;
    this.addresses = addresses;
    this.failureLimit = failureLimit;
    this.lock = lock;
    this.sessionAge = sessionAge;
  }

  /** GET /desk/login: the form, with a fresh token in a cookie that the post must repeat. */
  void loginPage(RoutingContext ctx) {
    if (DeskSessions.session(ctx).isPresent()) {
      DeskForms.redirect(ctx, "/desk");
      return;
    }
    loginForm(ctx, 200, null, null);
  }

  private void loginForm(RoutingContext ctx, int status, String problem, String username) {
    String token = Tokens.generate();
    ctx.response().addCookie(sessions.cookie(DeskSessions.LOGIN_COOKIE, token, LOGIN_FORM));
    Map<String, Object> model = new HashMap<>();
    model.put("csrf", token);
    if (problem != null) {
      model.put("problem", problem);
    }
    if (username != null) {
      model.put("username", username);
    }
    DeskPages.send(ctx, status, "login.ftlx", model);
  }

  /** POST /desk/login: a good sign-in opens a new session and goes to the desk; nothing else changes. */
  void login(RoutingContext ctx) {
    Cookie formCookie = ctx.request().getCookie(DeskSessions.LOGIN_COOKIE);
    if (formCookie == null || !DeskSessions.sameToken(ctx.request().getFormAttribute(DeskSessions.CSRF_FIELD), formCookie.getValue())) {
      DeskPages.message(ctx, 403, "无法登录", "登录表单已过期或不是本站的表单，请重新打开登录页。", "/desk/login");
      return;
    }
    String username = ctx.request().getFormAttribute("username");
    String password = ctx.request().getFormAttribute("password");
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      loginForm(ctx, 400, "请填写用户名和密码。", username);
      return;
    }
    String address = String.valueOf(ctx.request().remoteAddress().hostAddress());
    OptionalLong blocked = addresses.blocked(address);
    if (blocked.isPresent()) {
      ctx.response().putHeader("Retry-After", String.valueOf(blocked.getAsLong()));
      DeskPages.message(ctx, 429, "登录失败次数过多", "从这台电脑登录失败的次数过多，请 " + minutes(blocked.getAsLong()) + " 分钟后再试。",
          "/desk/login");
      return;
    }
    accounts.signIn(username, password, failureLimit, lock).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
        return;
      }
      AccountRepository.SignIn result = ar.result();
      if (result instanceof AccountRepository.SignedIn signedIn) {
        sessions.store().open(signedIn.account().id()).onComplete(opened -> {
          if (opened.failed()) {
            ctx.fail(opened.cause());
            return;
          }
          LOG.info("desk sign-in: {} from {}", signedIn.account().name(), address);
          ctx.response().addCookie(sessions.cookie(DeskSessions.COOKIE, opened.result().cookie(), sessionAge))
              .addCookie(sessions.expired(DeskSessions.LOGIN_COOKIE));
          DeskForms.redirect(ctx, "/desk");
        });
      } else if (result instanceof AccountRepository.Locked locked) {
        addresses.failed(address);
        LOG.warn("desk sign-in refused from {}: the account is locked until {}", address, locked.until());
        long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds());
        ctx.response().putHeader("Retry-After", String.valueOf(seconds));
        DeskPages.message(ctx, 429, "账号已锁定", "该账号登录失败次数过多，已锁定至 " + DeskForms.shown(locked.until(), calendar.zone())
            + "（约 " + minutes(seconds) + " 分钟），期间即使密码正确也无法登录。", "/desk/login");
      } else {
        // Not the name typed: people type their password into the name field, and the log must never hold one.
        LOG.info("desk sign-in refused from {}: wrong name or password", address);
        addresses.failed(address);
        loginForm(ctx, 401, "用户名或密码不正确。", username);
      }
    });
  }

  /** POST /desk/logout: the session ends here and on every other member. */
  void logout(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.SIGNED_IN).ifPresent(session -> sessions.close(ctx).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
        return;
      }
      ctx.response().addCookie(sessions.expired(DeskSessions.COOKIE));
      DeskForms.redirect(ctx, "/desk/login");
    }));
  }

  private static long minutes(long seconds) {
    return Math.max(1, (seconds + 59) / 60);
  }
}
