package com.citydata.bulletin.gateway;

import com.citydata.bulletin.bus.BusRetry;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Successful JSON answers, and a service's JSON answer relayed as one. */
final class Responses {
  private Responses() {
  }

  static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .end(body.encode());
  }

  /** Asks the service at {@code address}; its answer is the body (none for a 204), its failure the error. */
  static void relay(Vertx vertx, RoutingContext ctx, String address, Object request, BusRetry.Policy policy, int status) {
    BusRetry.<JsonObject>request(vertx, address, request, policy)
        .onSuccess(reply -> {
          if (status == 204) {
            ctx.response().setStatusCode(204).end();
          } else {
            json(ctx, status, reply.body());
          }
        })
        .onFailure(failure -> {
          if (failure instanceof ReplyException reply) {
            ApiErrors.fromService(ctx, reply);
          } else {
            ctx.fail(failure);
          }
        });
  }
}
