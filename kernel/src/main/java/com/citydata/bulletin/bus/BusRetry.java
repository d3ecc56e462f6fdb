package com.citydata.bulletin.bus;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.time.Duration;

/**
 * Event-bus requests that ride over a lost service process. Until the cluster drops a dead member (seconds), the
 * event bus may still route a request to it, and the request then waits out its timeout; an idempotent request is
 * sent again, and round-robin routing brings it to a live instance. A request with no instance at all is retried
 * only briefly, so it still fails fast with 503.
 */
public final class BusRetry {
  /** How a kind of request is retried. */
  public record Policy(Duration attemptTimeout, Duration window, boolean idempotent) {
  }

  /** An ingest service answers within the store deadline (spooling or 503); this waits a little longer. */
  private static final Duration INGEST_MARGIN = Duration.ofSeconds(5);
  public static final Policy READ = new Policy(Duration.ofSeconds(15), Duration.ofSeconds(45), true);
  /** Rendering a PDF with eight weeks of charts takes seconds on a small machine. */
  public static final Policy DOCUMENT = new Policy(Duration.ofSeconds(120), Duration.ofSeconds(120), true);
  /** Every table a bulletin prints, asked for at once: a few seconds of work on a small machine. */
  public static final Policy RANKING_BATCH = new Policy(Duration.ofSeconds(60), Duration.ofSeconds(120), true);
  /** Publishing makes a revision; it is never sent twice. */
  public static final Policy ONCE = new Policy(Duration.ofSeconds(120), Duration.ofSeconds(120), false);

  /** Ingest writes are idempotent: a point re-sent replaces itself. Only a lost service process is waited out. */
  public static Policy ingest(Duration storeDeadline) {
    Duration attempt = storeDeadline.plus(INGEST_MARGIN);
    return new Policy(attempt, attempt.multipliedBy(3), true);
  }

  public static final Duration NO_INSTANCE_GRACE = Duration.ofSeconds(1);
  private static final long PAUSE_MS = 200;

  private BusRetry() {
  }

  public static <T> Future<Message<T>> request(Vertx vertx, String address, Object message, Policy policy) {
    Promise<Message<T>> result = Promise.promise();
    attempt(vertx, address, message, policy, System.nanoTime(), result);
    return result.future();
  }

  private static <T> void attempt(Vertx vertx, String address, Object message, Policy policy, long started,
      Promise<Message<T>> result) {
    DeliveryOptions options = new DeliveryOptions().setSendTimeout(policy.attemptTimeout().toMillis());
    vertx.eventBus().<T>request(address, message, options).onComplete(ar -> {
      if (ar.succeeded()) {
        result.complete(ar.result());
        return;
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      if (retryable(ar.cause(), policy, elapsed)) {
        vertx.setTimer(PAUSE_MS, id -> attempt(vertx, address, message, policy, started, result));
      } else {
        result.fail(ar.cause());
      }
    });
  }

  public static boolean retryable(Throwable failure, Policy policy, Duration elapsed) {
    if (!(failure instanceof ReplyException reply)) {
      return false;
    }
    if (reply.failureType() == ReplyFailure.NO_HANDLERS) {
      return elapsed.compareTo(NO_INSTANCE_GRACE) < 0;
    }
    return reply.failureType() == ReplyFailure.TIMEOUT && policy.idempotent()
        && elapsed.plus(policy.attemptTimeout()).compareTo(policy.window()) <= 0;
  }
}
