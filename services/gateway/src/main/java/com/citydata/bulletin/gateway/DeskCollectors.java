package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Sessions;
import com.citydata.bulletin.catalog.CollectorRepository;
import com.citydata.bulletin.domain.FieldError;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The collectors' page, /desk/admin/collectors: every collector ({@code table#collectors}, a
 * {@code <tr data-collector data-state="active|revoked">} each), a form that registers one, limited to units if
 * named, and shows its token this once ({@code #token}), and a revoke button for each active one.
 */
final class DeskCollectors {
  private static final String PAGE = "/desk/admin/collectors";
  private final CollectorRepository collectors;
  private final CollectorChanges changes;
  private final ZoneId zone;

  DeskCollectors(CollectorRepository collectors, CollectorChanges changes, ZoneId zone) {
    this.collectors = collectors;
    this.changes = changes;
    this.zone = zone;
  }

  void page(RoutingContext ctx) {
    DeskForms.admin(ctx).ifPresent(session -> show(ctx, session, 200,
        ctx.queryParams().contains("revoked") ? Optional.of("采集端已停用，它的令牌不再有效。") : Optional.empty(), List.of(),
        new JsonObject()));
  }

  /** POST: registers the collector and shows its token, which is stored only as a hash, once. */
  void create(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.ADMIN).ifPresent(session -> {
      JsonObject body = new JsonObject().put("name", DeskAdmin.field(ctx, "name")).put("families", DeskAdmin.checked(ctx, "families"))
          .put("units", DeskAdmin.lines(ctx.request().getFormAttribute("units")));
      changes.create(body, session.account().principal().name())
          .onSuccess(created -> {
            Map<String, Object> model = DeskAdmin.model(session, Optional.empty(), List.of());
            model.put("name", body.getString("name"));
            model.put("id", created.getString("id"));
            model.put("token", created.getString("token"));
            model.put("families", DeskAdmin.titles(body.getJsonArray("families")));
            model.put("units", created.getJsonArray("units").getList());
            DeskPages.send(ctx, 200, "admin-token.ftlx", model);
          })
          .onFailure(failure -> DeskAdmin.refused(ctx, failure, problems -> show(ctx, session, 400, Optional.empty(), problems, body)));
    });
  }

  /** POST …/{id}/revoke: the collector's token stops working at once, on every member. */
  void revoke(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.ADMIN).ifPresent(session -> {
      Optional<UUID> id = DeskAdmin.uuid(ctx.pathParam("id"));
      (id.isEmpty() ? Future.succeededFuture(false) : collectors.revoke(id.get(), session.account().principal().name()))
          .onSuccess(revoked -> {
            if (revoked) {
              DeskForms.redirect(ctx, PAGE + "?revoked=1");
            } else {
              DeskPages.message(ctx, 404, "没有这个采集端", "没有在用的采集端 " + ctx.pathParam("id") + "，可能已经停用。", PAGE);
            }
          })
          .onFailure(ctx::fail);
    });
  }

  private void show(RoutingContext ctx, Sessions.Session session, int status, Optional<String> notice, List<FieldError> problems,
      JsonObject typed) {
    collectors.list().onSuccess(all -> DeskForms.guarded(ctx, () -> {
      Map<String, Object> model = DeskAdmin.model(session, notice, problems);
      model.put("collectors", all.stream().map(JsonObject.class::cast).map(c -> Map.<String, Object>of("id", c.getString("id"),
          "name", c.getString("name"), "families", DeskAdmin.titles(c.getJsonArray("families")), "units", c.getJsonArray("units").getList(),
          "created", DeskForms.shown(Instant.parse(c.getString("created_at")), zone), "revoked", c.getBoolean("revoked"))).toList());
      model.put("families", DeskAdmin.families(typed.getJsonArray("families", new JsonArray())));
      model.put("form", Map.of("name", typed.getString("name", ""), "units", DeskAdmin.text(typed.getJsonArray("units", new JsonArray()))));
      DeskPages.send(ctx, status, "admin-collectors.ftlx", model);
    })).onFailure(ctx::fail);
  }
}
