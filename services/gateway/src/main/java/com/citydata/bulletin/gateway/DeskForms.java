package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Sessions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.ext.web.RoutingContext;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every desk page does alike: a page for the signed-in only, a form post checked against its session's token
 * (and role), failures as pages in words, never a stack trace, and callbacks that fail their request when they throw.
 */
final class DeskForms {
  private static final Logger LOG = LoggerFactory.getLogger(DeskForms.class);
  /** Times as the pages show them, in the bulletin's zone. */
  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private DeskForms() {
  }

  /** The session, or a redirect to the sign-in page. */
  static Optional<Sessions.Session> signedIn(RoutingContext ctx) {
    Optional<Sessions.Session> session = DeskSessions.session(ctx);
    if (session.isEmpty()) {
      redirect(ctx, "/desk/login");
    }
    return session;
  }

  /**
   * The session of a form post that carries its token, or the refusal already sent: 403 without a session, without
   * the token or with another session's, and without an editor's role where {@code editing}.
   */
  static Optional<Sessions.Session> withForm(RoutingContext ctx, boolean editing) {
    Optional<Sessions.Session> session = DeskSessions.session(ctx);
    if (session.isEmpty()) {
      DeskPages.message(ctx, 403, "未登录", "请先登录，再提交表单。", "/desk/login");
      return Optional.empty();
    }
    if (!DeskSessions.sameToken(ctx.request().getFormAttribute(DeskSessions.CSRF_FIELD), session.get().csrf())) {
      DeskPages.message(ctx, 403, "表单已失效", "这份表单不属于当前的登录，未作任何更改。请重新打开页面再提交。", "/desk");
      return Optional.empty();
    }
    if (editing && !session.get().account().role().edits()) {
      DeskPages.message(ctx, 403, "无权操作", "只有编辑和管理员可以修改说明。", "/desk");
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
