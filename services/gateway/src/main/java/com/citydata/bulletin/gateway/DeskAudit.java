package com.citydata.bulletin.gateway;

import com.citydata.bulletin.catalog.AuditLog;
import com.citydata.bulletin.domain.WeekCalendar;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    DeskForms.admin(ctx).ifPresent(session -> {
      OptionalInt limit = AuditLimit.of(ctx);
      if (limit.isEmpty()) {
        DeskPages.message(ctx, 400, "请求有误", AuditLimit.RULE, "/desk/admin/audit");
        return;
      }
      AuditLog.recent(pool, limit.getAsInt()).onSuccess(entries -> {
        Map<String, Object> model = DeskAdmin.model(session, Optional.empty(), List.of());
        model.put("entries", entries.stream().map(JsonObject.class::cast).map(e -> Map.<String, Object>of("id", e.getLong("id"),
            "at", DeskForms.shown(Instant.parse(e.getString("at")), calendar.zone()), "actor", e.getString("actor"),
            "action", e.getString("action"), "detail", e.getJsonObject("detail").encode())).toList());
        DeskPages.send(ctx, 200, "audit.ftlx", model);
      }).onFailure(ctx::fail);
    });
  }
}
