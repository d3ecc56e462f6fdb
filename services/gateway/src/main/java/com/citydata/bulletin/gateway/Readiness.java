package com.citydata.bulletin.gateway;

import com.citydata.bulletin.bus.Addresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /health/ready}: whether this deployment can take and serve data now. It asks PostgreSQL and every
 * family's ingest service (which knows its time-series store and spool), each within the store deadline, and
 * answers 503 while anything is down, or while this gateway is draining for shutdown. {@code /health} stays a
 * bare liveness check, so a slow store never gets a healthy process restarted.
 */
final class Readiness {
  private final Vertx vertx;
  private final Pool pool;
  private final List<String> families;
  private final Duration timeout;
  private volatile boolean draining;

  Readiness(Vertx vertx, Pool pool, List<String> families, Duration timeout) {
    this.vertx = vertx;
    this.pool = pool;
    this.families = families;
    this.timeout = timeout;
  }

  void drain() {
    draining = true;
  }

  void handle(RoutingContext ctx) {
    Future<String> postgres = pool.query("SELECT 1").execute()
        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .map("up").otherwise("down");
    List<Future<JsonObject>> ingest = families.stream().map(this::ingestStatus).toList();
    Future.join(new ArrayList<Future<?>>(ingest)).onComplete(all -> postgres.onComplete(pg -> {
      List<String> problems = new ArrayList<>();
      if (draining) {
        problems.add("the gateway is shutting down");
      }
      if (!"up".equals(pg.result())) {
        problems.add("PostgreSQL does not answer");
      }
      JsonObject byFamily = new JsonObject();
      long batches = 0;
      long bytes = 0;
      boolean storeDown = false;
      for (int i = 0; i < families.size(); i++) {
        JsonObject status = ingest.get(i).result();
        byFamily.put(families.get(i), status);
        batches += status.getLong("spooled_batches", 0L);
        bytes += status.getLong("spooled_bytes", 0L);
        String store = status.getString("store");
        if ("down".equals(store)) {
          storeDown = true;
        } else if (!"up".equals(store) && !"postgresql".equals(store)) {
          problems.add("the ingest service of " + families.get(i) + " is " + store);
        }
      }
      if (storeDown) {
        problems.add("the time-series store does not answer; accepted points wait in the spool");
      }
      JsonObject body = new JsonObject()
          .put("status", problems.isEmpty() ? "READY" : "NOT_READY")
          .put("postgresql", pg.result())
          .put("time_series", storeDown ? "down" : "up")
          .put("spooled_batches", batches)
          .put("spooled_bytes", bytes)
          .put("families", byFamily);
      if (!problems.isEmpty()) {
        body.put("problems", problems);
        ctx.response().putHeader("Retry-After", String.valueOf(Math.max(1, timeout.toSeconds())));
      }
      Responses.json(ctx, problems.isEmpty() ? 200 : 503, body);
    }));
  }

  private Future<JsonObject> ingestStatus(String family) {
    return vertx.eventBus().<JsonObject>request(Addresses.ingestStatus(family), null,
            new DeliveryOptions().setSendTimeout(timeout.toMillis() + 1000))
        .map(Message::body)
        .otherwise(failure -> new JsonObject().put("store", failure instanceof ReplyException reply
            && reply.failureType() == ReplyFailure.NO_HANDLERS ? "not running" : "not answering"));
  }
}
