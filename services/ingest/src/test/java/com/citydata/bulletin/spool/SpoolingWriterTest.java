package com.citydata.bulletin.spool;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesPoint;
import com.citydata.bulletin.storage.StoreRejection;
import com.citydata.bulletin.storage.TimeSeriesWriter;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spooling rules against a store whose behaviour the test scripts: up, failing, or hanging. */
class SpoolingWriterTest {
  private static final Duration DEADLINE = Duration.ofMillis(300);

  @TempDir
  Path dir;
  private Vertx vertx;
  private Context context;
  private ScriptedStore store;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    context = vertx.getOrCreateContext();
    store = new ScriptedStore();
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  @Test
  void aHealthyStoreIsWrittenDirectlyAndNothingIsSpooled() {
    SpoolingWriter writer = open(1 << 20, 4);
    on(() -> writer.write(points("a", 1))).await();
    assertThat(store.stored).containsExactly("a=1");
    assertThat(on(() -> Future.succeededFuture(writer.status())).await().getLong("spooled_batches")).isZero();
  }

  @Test
  void aFailingStoreIsSpooledAcknowledgedAndReplayedInOrderWhenItIsBack() {
    SpoolingWriter writer = open(1 << 20, 4);
    store.mode = Mode.FAIL;
    for (int i = 1; i <= 5; i++) {
      int n = i;
      on(() -> writer.write(points("a", n))).await();
    }
    JsonObject status = on(() -> Future.succeededFuture(writer.status())).await();
    assertThat(status.getString("store")).isEqualTo("down");
    assertThat(status.getLong("spooled_batches")).isEqualTo(5);
    assertThat(store.stored).isEmpty();

    store.mode = Mode.UP;
    eventually(() -> store.stored.size() == 5);
    assertThat(store.stored).containsExactly("a=1", "a=2", "a=3", "a=4", "a=5");
    eventually(() ->
        on(() -> Future.succeededFuture(writer.status())).await().getString("store").equals("up"));
  }

  @Test
  void batchesArrivingDuringAReplayAreNeitherLostNorStoredTwice() {
    SpoolingWriter writer = open(1 << 20, 4);
    store.mode = Mode.FAIL;
    for (int i = 0; i < 100; i++) {
      int n = i;
      on(() -> writer.write(points("a", n))).await();
    }
    store.mode = Mode.UP;
    for (int i = 100; i < 300; i++) {
      int n = i;
      on(() -> writer.write(points("a", n))).await();
    }
    // "up" alone is not drained: a batch spooled while the replay found the spool empty is replayed right after.
    eventually(() -> {
      JsonObject status = on(() -> Future.succeededFuture(writer.status())).await();
      return status.getString("store").equals("up") && status.getLong("spooled_batches") == 0;
    });
    List<String> expected = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "a=" + i).toList();
    assertThat(store.stored).containsExactlyElementsOf(expected);
  }

  @Test
  void aSpooledBatchTheStoreRefusesIsSetAsideAndTheOthersStillReachIt() throws Exception {
    SpoolingWriter writer = open(1 << 20, 4);
    store.mode = Mode.FAIL;
    for (int i = 0; i < 10; i++) {
      int n = i;
      on(() -> writer.write(points("a", n))).await();
    }
    store.refused = "a=4";
    store.mode = Mode.UP;
    eventually(() -> on(() -> Future.succeededFuture(writer.status())).await().getString("store").equals("up"));
    assertThat(store.stored).containsExactly("a=0", "a=1", "a=2", "a=3", "a=5", "a=6", "a=7", "a=8", "a=9");
    try (var files = java.nio.file.Files.list(dir.resolve("exchange"))) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("rejected-")).toList()).hasSize(1);
    }
  }

  @Test
  void aHangingStoreIsAnsweredWithinTheDeadlineFromTheSpool() {
    SpoolingWriter writer = open(1 << 20, 4);
    store.mode = Mode.HANG;
    long started = System.nanoTime();
    on(() -> writer.write(points("a", 1))).await();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(took).isBetween(DEADLINE, DEADLINE.plusSeconds(2));
    assertThat(on(() -> Future.succeededFuture(writer.status())).await().getLong("spooled_batches")).isEqualTo(1);
  }

  @Test
  void storeCallsWaitingOnAHungStoreAreBounded() {
    SpoolingWriter writer = open(1 << 20, 2);
    store.mode = Mode.HANG;
    for (int i = 0; i < 20; i++) {
      int n = i;
      on(() -> writer.write(points("a", n))).await();
    }
    assertThat(store.calls.get()).isLessThanOrEqualTo(2);
    assertThat(on(() -> Future.succeededFuture(writer.status())).await().getLong("spooled_batches")).isEqualTo(20);
  }

  @Test
  void aFullSpoolRefusesWith503AndRetryAfterAndKeepsNothingOfTheBatch() {
    SpoolingWriter writer = open(400, 4);
    store.mode = Mode.FAIL;
    on(() -> writer.write(points("a", 1))).await();
    long before = on(() -> Future.succeededFuture(writer.status())).await().getLong("spooled_bytes");
    Throwable refused = on(() -> writer.write(points("b".repeat(300), 2)))
        .transform(ar -> Future.succeededFuture(ar.cause())).await();
    assertThat(refused).isInstanceOf(ServiceFailure.class).hasMessageContaining("spool is full");
    JsonObject status = on(() -> Future.succeededFuture(writer.status())).await();
    assertThat(status.getLong("spooled_bytes")).isEqualTo(before);
    assertThat(status.getLong("spooled_batches")).isEqualTo(1);
  }

  @Test
  void whatAnEarlierRunSpooledIsReplayedWhenTheWriterOpens() {
    SpoolingWriter first = open(1 << 20, 4);
    store.mode = Mode.FAIL;
    on(() -> first.write(points("a", 7))).await();
    on(first::close).await();

    store.mode = Mode.UP;
    open(1 << 20, 4);
    eventually(() -> store.stored.contains("a=7"));
  }

  private SpoolingWriter open(long bytes, int maxCalls) {
    SpoolingWriter.Settings settings = new SpoolingWriter.Settings(DEADLINE, bytes, maxCalls, Duration.ofMillis(100));
    return on(() -> SpoolingWriter.open(vertx, store, dir.resolve("exchange"), settings)).await();
  }

  private static void eventually(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met within 10 s").isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private <T> Future<T> on(Supplier<Future<T>> action) {
    Promise<T> result = Promise.promise();
    context.runOnContext(v -> action.get().onComplete(result));
    return result.future();
  }

  private static LineBatch points(String tag, long value) {
    return LineBatch.of(List.of(SeriesPoint.of("m", Map.of("k", tag), Map.of("v", value), Instant.parse("2018-07-16T02:00:00Z"))));
  }

  private enum Mode { UP, FAIL, HANG }

  /** A store in memory that acknowledges, fails or never answers, as the test sets it. */
  private static final class ScriptedStore implements TimeSeriesWriter {
    volatile Mode mode = Mode.UP;
    /** A point the store refuses as malformed, as "tag=value". */
    volatile String refused;
    final List<String> stored = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Future<Void> write(LineBatch points) {
      return switch (mode) {
        case UP -> {
          // "m,k=a v=1i 1531706400000" is stored as "a=1".
          List<String> batch = points.lines().toString().lines()
              .map(line -> line.replaceAll("^m,k=(\\S+) v=(\\d+)i .*$", "$1=$2")).toList();
          if (batch.contains(refused)) {
            yield Future.failedFuture(new StoreRejection("the store refused the points: bad " + refused, null));
          }
          stored.addAll(batch);
          yield Future.succeededFuture();
        }
        case FAIL -> Future.failedFuture("connection refused");
        case HANG -> {
          calls.incrementAndGet();
          yield Promise.<Void>promise().future();
        }
      };
    }

    @Override
    public Future<Void> ping() {
      return mode == Mode.UP ? Future.succeededFuture() : Future.failedFuture("down");
    }

    @Override
    public Future<Void> close() {
      return Future.succeededFuture();
    }
  }
}
