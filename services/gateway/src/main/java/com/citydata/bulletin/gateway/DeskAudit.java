package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Role;
import com.citydata.bulletin.catalog.AuditLog;
import com.citydata.bulletin.domain.WeekCalendar;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;

/** The audit log as a page, /desk/admin/audit, for an admin's session. */
final class DeskAudit {
  private final Pool pool;
  private final WeekCalendar calendar;

  DeskAudit(Pool pool, WeekCalendar calendar) {
    this.pool = pool;
    this.calendar = calendar;
  }

  /** GET /desk/admin/audit: who changed what, and when, newest first; for admins only. */
  void audit(RoutingContext ctx) {
    DeskForms.signedIn(ctx).ifPresent(session -> {
      if (session.account().role() != Role.ADMIN) {
        DeskPages.message(ctx, 403, "无权查看", "只有管理员可以查看操作记录。", "/desk");
        return;
      }
      OptionalInt limit = AuditLimit.of(ctx);
      if (limit.isEmpty()) {
        DeskPages.message(ctx, 400, "请求有误", AuditLimit.RULE, "/desk/admin/audit");
        return;
      }
      AuditLog.recent(pool, limit.getAsInt()).onSuccess(entries -> DeskPages.send(ctx, 200, "audit.ftlx", Map.of(
          "entries", entries.stream().map(JsonObject.class::cast).map(e -> Map.<String, Object>of("id", e.getLong("id"),
              "at", DeskForms.SHOWN.format(Instant.parse(e.getString("at")).atZone(calendar.zone())), "actor", e.getString("actor"),
              "action", e.getString("action"), "detail", e.getJsonObject("detail").encode())).toList())))
          .onFailure(ctx::fail);
    });
  }
}
