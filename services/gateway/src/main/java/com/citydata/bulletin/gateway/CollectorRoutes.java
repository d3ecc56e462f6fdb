package com.citydata.bulletin.gateway;

import com.citydata.bulletin.catalog.CollectorRepository;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Names;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** POST, GET and DELETE /api/v1/collectors. */
final class CollectorRoutes {
  private final CollectorRepository collectors;

  CollectorRoutes(CollectorRepository collectors) {
    this.collectors = collectors;
  }

  void create(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    String name = body.getString("name");
    Optional<String> problem = Names.problem(name);
    if (problem.isPresent()) {
      ApiErrors.send(ctx, 400, "invalid collector", List.of(new FieldError(null, "name", problem.get())));
      return;
    }
    List<String> families = body.getJsonArray("families").stream().map(String.class::cast).distinct().toList();
    collectors.create(name, families, BearerAuth.principal(ctx).name())
        .onSuccess(created -> Responses.json(ctx, 201,
            new JsonObject().put("id", created.id().toString()).put("token", created.token())))
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
