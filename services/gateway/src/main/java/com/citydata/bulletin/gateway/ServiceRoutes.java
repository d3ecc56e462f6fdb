package com.citydata.bulletin.gateway;

import com.citydata.bulletin.bus.Addresses;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Routes that hand the request to a service over the event bus and relay its answer. */
final class ServiceRoutes {
  private static final DeliveryOptions DELIVERY = new DeliveryOptions().setSendTimeout(30_000);

  private final EventBus bus;

  ServiceRoutes(EventBus bus) {
    this.bus = bus;
  }

  void ingest(RoutingContext ctx) {
    String family = AccessPolicy.ingestFamily(ctx.request().path()).orElseThrow();
    JsonObject body = ctx.body().asJsonObject();
    request(ctx, Addresses.ingest(family), new JsonObject()
        .put("collector", BearerAuth.principal(ctx).id())
        .put("points", body.getJsonArray("points")));
  }

  void ranking(RoutingContext ctx) {
    request(ctx, Addresses.RANKING, new JsonObject()
        .put("table", ctx.pathParam("table"))
        .put("week", ctx.queryParams().get("week")));
  }

  private void request(RoutingContext ctx, String address, JsonObject message) {
    bus.<JsonObject>request(address, message, DELIVERY)
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
