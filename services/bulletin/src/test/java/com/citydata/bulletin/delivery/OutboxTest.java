package com.citydata.bulletin.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.testing.TestPostgres;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's claim on a real PostgreSQL: a lease keeps every other worker off a row until it ends. */
class OutboxTest {
  private Vertx vertx;
  private Pool pool;
  private Outbox outbox;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    AppConfig config = AppConfig.fromJson(new JsonObject().put(AppConfig.PG_URL, TestPostgres.newDatabase()));
    PgDatabase.migrate(vertx, config).await();
    pool = PgDatabase.pool(vertx, config);
    outbox = new Outbox(pool);
  }

  @AfterEach
  void stop() {
    pool.close().await();
    vertx.close().await();
  }

  @Test
  void aClaimOfAWorkerThatDiedIsTakenOverOnlyWhenItsLeaseEndsAndItsLateResultIsIgnored() throws Exception {
    subscribers(1);
    queue(1);
    Outbox.Claimed first = only(outbox.claim("dead-worker", Duration.ofSeconds(2), 8).await());
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(outbox.claim("live-worker", Duration.ofSeconds(60), 8).await()).as("under lease").isEmpty();
    Thread.sleep(2_500);
    Outbox.Claimed taken = only(outbox.claim("live-worker", Duration.ofSeconds(60), 8).await());
    assertThat(taken.id()).isEqualTo(first.id());
    assertThat(taken.attempts()).isEqualTo(2);
    assertThat(outbox.record(first.id(), "dead-worker", "failed", null, 500, "late").await()).isFalse();
    assertThat(outbox.record(taken.id(), "live-worker", "delivered", null, 200, null).await()).isTrue();
    assertThat(outbox.claim("live-worker", Duration.ofSeconds(60), 8).await()).as("delivered").isEmpty();
  }

  @Test
  void aRetriedDeliveryIsNotDueBeforeItsWait() throws Exception {
    subscribers(1);
    queue(1);
    Outbox.Claimed claimed = only(outbox.claim("worker", Duration.ofSeconds(60), 8).await());
    assertThat(outbox.record(claimed.id(), "worker", "pending", Duration.ofSeconds(1), 503, "the receiver answered 503").await()).isTrue();
    assertThat(outbox.claim("worker", Duration.ofSeconds(60), 8).await()).isEmpty();
    Thread.sleep(1_200);
    assertThat(only(outbox.claim("worker", Duration.ofSeconds(60), 8).await()).attempts()).isEqualTo(2);
  }

  @Test
  void workersClaimingAtOnceShareTheRowsWithoutOverlap() {
    subscribers(10);
    queue(3);
    List<Future<List<UUID>>> rounds = new ArrayList<>();
    for (int worker = 0; worker < 4; worker++) {
      rounds.add(drain("worker-" + worker));
    }
    List<UUID> claimed = new ArrayList<>();
    Future.all(rounds).await();
    rounds.forEach(r -> claimed.addAll(r.result()));
    assertThat(claimed).hasSize(30).doesNotHaveDuplicates();
  }

  /** Claims three at a time until nothing is due, recording each as delivered. */
  private Future<List<UUID>> drain(String worker) {
    return outbox.claim(worker, Duration.ofSeconds(60), 3).compose(batch -> {
      if (batch.isEmpty()) {
        return Future.succeededFuture(new ArrayList<>());
      }
      return Future.all(batch.stream().map(c -> outbox.record(c.id(), worker, "delivered", null, 200, null)).toList())
          .compose(x -> drain(worker)).map(rest -> {
            rest.addAll(batch.stream().map(Outbox.Claimed::id).toList());
            return rest;
          });
    });
  }

  private void subscribers(int count) {
    for (int i = 0; i < count; i++) {
      pool.query("INSERT INTO subscriptions (id, name, kind, url, secret, events, created_by) VALUES (gen_random_uuid(), 'hook " + i
          + "', 'webhook', 'http://127.0.0.1:9/', 's', '{published}', 'admin')").execute().await();
    }
  }

  private void queue(int revisions) {
    for (int revision = 1; revision <= revisions; revision++) {
      JsonObject notice = new JsonObject().put("event", "published").put("date", "2018-07-20").put("revision", revision);
      pool.withTransaction(conn -> Outbox.enqueue(conn, notice)).await();
    }
  }

  private static Outbox.Claimed only(List<Outbox.Claimed> claimed) {
    assertThat(claimed).hasSize(1);
    return claimed.get(0);
  }
}
