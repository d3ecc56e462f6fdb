package com.citydata.bulletin.gateway;

import com.citydata.bulletin.catalog.CollectorRepository;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;

/** POST, GET and DELETE /api/v1/collectors. */
final class CollectorRoutes {
  private final CollectorRepository collectors;
  private final CollectorChanges changes;

  CollectorRoutes(CollectorRepository collectors, CollectorChanges changes) {
    this.collectors = collectors;
    this.changes = changes;
  }

  void create(RoutingContext ctx) {
    changes.create(ctx.body().asJsonObject(), BearerAuth.principal(ctx).name())
        .onSuccess(created -> Responses.json(ctx, 201, created))
        .onFailure(ctx::fail);
  }

  void list(RoutingContext ctx) {
    collectors.list()
        .onSuccess(all -> Responses.json(ctx, 200, new JsonObject().put("collectors", all)))
        .onFailure(ctx::fail);
  }

  void revoke(RoutingContext ctx) {
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      ApiErrors.send(ctx, 404, "no active collector " + ctx.pathParam("id"), List.of());
      return;
    }
    collectors.revoke(id, BearerAuth.principal(ctx).name())
        .onSuccess(revoked -> {
          if (revoked) {
            ctx.response().setStatusCode(204).end();
          } else {
            ApiErrors.send(ctx, 404, "no active collector " + id, List.of());
          }
        })
        .onFailure(ctx::fail);
  }
}
