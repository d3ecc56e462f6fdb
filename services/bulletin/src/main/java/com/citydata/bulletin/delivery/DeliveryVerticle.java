package com.citydata.bulletin.delivery;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued deliveries: every second it claims the due ones (a lease in PostgreSQL, so any number of instances
 * share the work and none sends what another holds), sends each, and records the outcome under the same claim.
 */
public final class DeliveryVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryVerticle.class);
  static final Duration POLL = Duration.ofSeconds(1);
  static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
  /** Long enough for a send and its recording; a worker that died holding a claim delays that delivery this long. */
  static final Duration LEASE = Duration.ofSeconds(60);
  static final int BATCH = 8;

  private final String worker = UUID.randomUUID().toString();
  private final RandomGenerator random = RandomGenerator.getDefault();
  private Pool pool;
  private Outbox outbox;
  private SubscriptionRules rules;
  private Backoff backoff;
  private HttpClientAgent client;
  private long timer = -1;
  private Future<?> round = Future.succeededFuture();

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    pool = PgDatabase.pool(vertx, config);
    outbox = new Outbox(pool);
    rules = new SubscriptionRules(config.deliveryAllowedHosts());
    backoff = new Backoff(config.deliveryRetryBase(), config.deliveryRetryCap());
    client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) SEND_TIMEOUT.toMillis()).setKeepAlive(false));
    timer = vertx.setPeriodic(POLL.toMillis(), id -> {
      if (round.isComplete()) {
        round = outbox.claim(worker, LEASE, BATCH)
            .compose(claimed -> Future.join(claimed.stream().map(this::deliver).toList()))
            .onFailure(failure -> LOG.warn("claiming deliveries failed: {}", failure.getMessage()));
      }
    });
    return Future.succeededFuture();
  }

  private Future<Boolean> deliver(Outbox.Claimed delivery) {
    Future<Outcome> outcome = rules.urlProblem(delivery.url())
        .map(problem -> Future.succeededFuture(Outcome.refused(null, "not sent: the URL's " + problem)))
        .orElseGet(() -> send(delivery));
    return outcome.compose(o -> record(delivery, o));
  }

  private Future<Outcome> send(Outbox.Claimed delivery) {
    boolean dingtalk = delivery.kind().equals("dingtalk");
    Buffer body = dingtalk ? DingTalkMessage.body(delivery.notice()).toBuffer() : WebhookMessage.body(delivery.notice());
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setFollowRedirects(false).setTimeout(SEND_TIMEOUT.toMillis())
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Idempotency-Key", delivery.id().toString());
    if (!dingtalk) {
      options.putHeader(WebhookMessage.SIGNATURE_HEADER, WebhookMessage.signature(delivery.secret(), body));
    }
    return Future.succeededFuture(options)
        .map(o -> o.setAbsoluteURI(dingtalk ? DingTalkMessage.signedUrl(delivery.url(), delivery.secret(), System.currentTimeMillis())
            : delivery.url()))
        .compose(client::request)
        .compose(request -> request.send(body))
        .compose(response -> response.body().map(answer -> {
          Outcome answered = Outcome.answered(response.statusCode(), Backoff.retryAfter(response.getHeader("Retry-After"), Instant.now()));
          if (dingtalk && answered.kind() == Outcome.Kind.DELIVERED) {
            return DingTalkMessage.refusal(answer).map(why -> Outcome.refused(response.statusCode(), why)).orElse(answered);
          }
          return answered;
        }))
        .recover(failure -> Future.succeededFuture(Outcome.unreachable(String.valueOf(failure.getMessage()))));
  }

  private Future<Boolean> record(Outbox.Claimed delivery, Outcome outcome) {
    String state;
    Duration retryIn = null;
    String error = outcome.error();
    switch (outcome.kind()) {
      case DELIVERED -> state = "delivered";
      case RETRY -> {
        Optional<Duration> wait = backoff.next(delivery.attempts(), delivery.queued().toInstant(), Instant.now(), outcome.retryAfter(), random);
        state = wait.isPresent() ? "pending" : "failed";
        retryIn = wait.orElse(null);
        if (wait.isEmpty()) {
          error = error + "; gave up " + Backoff.DEADLINE.toHours() + " h after it was queued";
        }
      }
      default -> state = "failed";
    }
    if (!state.equals("delivered")) {
      LOG.info("delivery {} attempt {}: {} ({})", delivery.id(), delivery.attempts(), error, state);
    }
    return outbox.record(delivery.id(), worker, state, retryIn, outcome.status(), error);
  }

  /** Lets the sends under way finish and record their outcome, so a clean stop leaves no claim to wait out. */
  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return round.transform(x -> Future.join(List.of(client.close(), pool.close())));
  }
}
