package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Role;
import com.citydata.bulletin.accounts.Sessions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every desk page does alike: a page for the signed-in only, a form post checked against its session's token
 * (and role), failures as pages in words, never a stack trace, and callbacks that fail their request when they throw.
 */
final class DeskForms {
  private static final Logger LOG = LoggerFactory.getLogger(DeskForms.class);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private DeskForms() {
  }

  /** A time as the pages show it, in the bulletin's zone. */
  static String shown(Instant at, ZoneId zone) {
    return SHOWN.format(at.atZone(zone));
  }

  /** The session, or a redirect to the sign-in page. */
  static Optional<Sessions.Session> signedIn(RoutingContext ctx) {
    Optional<Sessions.Session> session = DeskSessions.session(ctx);
    if (session.isEmpty()) {
      redirect(ctx, "/desk/login");
    }
    return session;
  }

  /** Who may post a desk form, and what the others are told. */
  enum Need {
    SIGNED_IN("", role -> true),
    EDITOR("只有编辑和管理员可以修改说明、上传和发布。", Role::edits),
    ADMIN("只有管理员可以管理单位、采集端、账号和订阅。", role -> role == Role.ADMIN);

    private final String refusal;
    private final Predicate<Role> allows;

    Need(String refusal, Predicate<Role> allows) {
      this.refusal = refusal;
      this.allows = allows;
    }
  }

  /** An admin page's session, or the refusal already sent: the sign-in page, or 403 to anyone else. */
  static Optional<Sessions.Session> admin(RoutingContext ctx) {
    Optional<Sessions.Session> session = signedIn(ctx);
    if (session.isPresent() && !Need.ADMIN.allows.test(session.get().account().role())) {
      DeskPages.message(ctx, 403, "无权查看", Need.ADMIN.refusal, "/desk");
      return Optional.empty();
    }
    return session;
  }

  /**
   * The session of a form post that carries its token, or the refusal already sent: 403 without a session, without
   * the token or with another session's, and without the role the form needs.
   */
  static Optional<Sessions.Session> withForm(RoutingContext ctx, Need need) {
    Optional<Sessions.Session> session = DeskSessions.session(ctx);
    if (session.isEmpty()) {
      DeskPages.message(ctx, 403, "未登录", "请先登录，再提交表单。", "/desk/login");
      return Optional.empty();
    }
    if (!DeskSessions.sameToken(ctx.request().getFormAttribute(DeskSessions.CSRF_FIELD), session.get().csrf())) {
      DeskPages.message(ctx, 403, "表单已失效", "这份表单不属于当前的登录，未作任何更改。请重新打开页面再提交。", "/desk");
      return Optional.empty();
    }
    if (!need.allows.test(session.get().account().role())) {
      DeskPages.message(ctx, 403, "无权操作", need.refusal, "/desk");
      return Optional.empty();
    }
    return session;
  }

  /** Runs a callback's work so that what it throws fails the request, which would otherwise hang until its idle timeout. */
  static void guarded(RoutingContext ctx, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      ctx.fail(e);
    }
  }

  static void redirect(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(303).putHeader("Location", location).end();
  }

  static void failed(RoutingContext ctx, Throwable failure) {
    if (failure instanceof ReplyException reply && reply.failureCode() >= 400 && reply.failureCode() < 500) {
      DeskPages.message(ctx, reply.failureCode(), "无法完成", ApiErrors.serviceError(reply), "/desk");
    } else {
      ctx.fail(failure);
    }
  }

  /** A desk route's failure as a page: a bad request says what was wrong, anything else is logged, never shown. */
  static void failure(RoutingContext ctx) {
    int status = ctx.statusCode() >= 400 && ctx.statusCode() < 500 ? ctx.statusCode() : 500;
    if (status == 500) {
      LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), ctx.failure());
      DeskPages.message(ctx, 500, "出错了", "服务器未能完成这个请求，原因已记录。请稍后再试。", "/desk");
    } else {
      DeskPages.message(ctx, status, "请求有误", ctx.failure() == null ? "请求不完整。" : ctx.failure().getMessage(), "/desk");
    }
  }
}
