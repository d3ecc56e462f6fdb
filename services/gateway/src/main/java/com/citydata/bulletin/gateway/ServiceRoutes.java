package com.citydata.bulletin.gateway;

import com.citydata.bulletin.bus.Addresses;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Routes that hand the request to a service over the event bus and relay its answer. */
final class ServiceRoutes {
  private final Vertx vertx;

  ServiceRoutes(Vertx vertx) {
    this.vertx = vertx;
  }

  void ingest(RoutingContext ctx, String family) {
    JsonObject body = ctx.body().asJsonObject();
    request(ctx, Addresses.ingest(family), new JsonObject()
        .put("collector", BearerAuth.principal(ctx).id())
        .put("points", body.getJsonArray("points")), BusRetry.INGEST);
  }

  void ranking(RoutingContext ctx) {
    request(ctx, Addresses.RANKING, new JsonObject()
        .put("table", ctx.pathParam("table"))
        .put("week", ctx.queryParams().get("week")), BusRetry.READ);
  }

  /** A family's own read: its validated path and query parameters, answered by the ranking service. */
  void query(RoutingContext ctx, String operationId) {
    JsonObject parameters = new JsonObject();
    ctx.pathParams().forEach(parameters::put);
    ctx.queryParams().forEach(parameters::put);
    request(ctx, Addresses.query(operationId), new JsonObject().put("parameters", parameters), BusRetry.READ);
  }

  private void request(RoutingContext ctx, String address, JsonObject message, BusRetry.Policy policy) {
    BusRetry.<JsonObject>request(vertx, address, message, policy)
        .onSuccess(reply -> Responses.json(ctx, 200, reply.body()))
        .onFailure(failure -> {
          if (failure instanceof ReplyException reply) {
            ApiErrors.fromService(ctx, reply);
          } else {
            ctx.fail(failure);
          }
        });
  }
}
