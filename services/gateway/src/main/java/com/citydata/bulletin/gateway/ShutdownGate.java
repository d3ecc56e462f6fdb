package com.citydata.bulletin.gateway;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the gateway does with requests while the process stops: counts the ones under way, so the drain knows
 * when they are done; during the notice asks clients to close their connections; then answers new ones 503.
 */
final class ShutdownGate {
  private enum Phase { OPEN, NOTICE, REFUSING }

  private volatile Phase phase = Phase.OPEN;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong answered = new AtomicLong();

  void handle(RoutingContext ctx) {
    read.incrementAndGet();
    ctx.addEndHandler(done -> {
      if (ctx.response().ended()) {
        answered.incrementAndGet();
      }
    });
    Phase now = phase;
    if (now != Phase.OPEN) {
      ctx.response().putHeader("Connection", "close");
    }
    if (now == Phase.REFUSING) {
      ctx.response().putHeader("Retry-After", ApiErrors.SERVICE_RETRY_AFTER);
      ApiErrors.send(ctx, 503, "the server is shutting down; send the request again after Retry-After seconds", List.of());
      return;
    }
    inFlight.incrementAndGet();
    ctx.addEndHandler(done -> inFlight.decrementAndGet());
    ctx.next();
  }

  void notice() {
    phase = Phase.NOTICE;
  }

  void refuse() {
    phase = Phase.REFUSING;
  }

  int inFlight() {
    return inFlight.get();
  }

  /** For the drain's last log line: every request read should have had its answer. */
  String tally() {
    return read.get() + " requests read, " + answered.get() + " answered, " + inFlight.get() + " still under way";
  }
}
