package com.citydata.bulletin.gateway;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.bus.Messages.NewSubscription;
import com.citydata.bulletin.bus.Messages.SubscriptionRef;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * POST, GET /api/v1/subscriptions, DELETE /api/v1/subscriptions/{id} and GET …/{id}/deliveries: the bulletin service
 * keeps them and checks a new one's URL against the hosts its configuration allows.
 */
final class SubscriptionRoutes {
  private final Vertx vertx;

  SubscriptionRoutes(Vertx vertx) {
    this.vertx = vertx;
  }

  void create(RoutingContext ctx) {
    Responses.relay(vertx, ctx, Addresses.SUBSCRIPTION_CREATE, new NewSubscription(ctx.body().asJsonObject(),
        BearerAuth.principal(ctx).name()), BusRetry.ONCE, 201);
  }

  void list(RoutingContext ctx) {
    Responses.relay(vertx, ctx, Addresses.SUBSCRIPTION_LIST, null, BusRetry.READ, 200);
  }

  void delete(RoutingContext ctx) {
    Responses.relay(vertx, ctx, Addresses.SUBSCRIPTION_DELETE, new SubscriptionRef(ctx.pathParam("id"),
        BearerAuth.principal(ctx).name()), BusRetry.ONCE, 204);
  }

  void deliveries(RoutingContext ctx) {
    Responses.relay(vertx, ctx, Addresses.SUBSCRIPTION_DELIVERIES, new SubscriptionRef(ctx.pathParam("id"), null), BusRetry.READ, 200);
  }
}
