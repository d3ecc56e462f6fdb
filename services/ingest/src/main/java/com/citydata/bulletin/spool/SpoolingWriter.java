package com.citydata.bulletin.spool;

import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.storage.StoreRejection;
import com.citydata.bulletin.storage.TimeSeriesWriter;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes "200" mean durable whatever the time-series store does. A batch goes to the store; if the store fails or
 * has not acknowledged it within the deadline, the batch is appended to the {@link Spool} (forced to disk) and
 * acknowledged from there, and the store is treated as down. While it is down, or while anything is spooled,
 * batches go straight to the spool, so they reach the store in the order they were accepted; a replay loop
 * sends the spool's head to the store until the spool is empty. A batch written twice (a late acknowledgement
 * after the deadline, a replay after a crash) replaces itself: the store keys points by their tags and time.
 *
 * <p>Nothing is queued without bound: a batch is refused with 503 and Retry-After when the spool could not take
 * it, or when too many writes are already waiting on the store. Every space a batch may need in the spool is
 * reserved before its write starts, so a batch that is answered 503 was never written anywhere. Confined to the
 * event loop of the verticle that made it; the spool itself runs on one worker thread of its own.
 */
public final class SpoolingWriter implements TimeSeriesWriter {
  private static final Logger LOG = LoggerFactory.getLogger(SpoolingWriter.class);
  private static final long RECORD_OVERHEAD = 8;
  private static final int REPLAY_BATCHES = 500;
  private static final long REPLAY_BYTES = 4L << 20;

  /** How a writer behaves: the deadline for the store, the spool's bound, and how many store calls may wait. */
  public record Settings(Duration deadline, long spoolBytes, int maxStoreCalls, Duration retryAfter) {
  }

  private final Vertx vertx;
  private final TimeSeriesWriter store;
  private final Spool spool;
  private final WorkerExecutor spoolThread;
  private final Settings settings;
  private final String name;

  private boolean storeDown;
  /** A replay is scheduled or under way: only one may run, or two would remove each other's heads. */
  private boolean replaying;
  private long spooledRecords;
  private long spooledBytes;
  private long reservedBytes;
  private int storeCalls;
  private long replayed;
  /** Batches to replay one at a time, after the store refused a call that held them. */
  private int singleSteps;
  private boolean closed;

  private SpoolingWriter(Vertx vertx, TimeSeriesWriter store, Spool spool, Settings settings, String name) {
    this.vertx = vertx;
    this.store = store;
    this.spool = spool;
    this.settings = settings;
    this.name = name;
    this.spoolThread = vertx.createSharedWorkerExecutor("spool-" + name, 1);
    this.spooledRecords = spool.records();
    this.spooledBytes = spool.pendingBytes();
  }

  /** Opens the spool in {@code dir} (blocking file work runs on a worker) and replays what an earlier run left. */
  public static Future<SpoolingWriter> open(Vertx vertx, TimeSeriesWriter store, Path dir, Settings settings) {
    String name = dir.getFileName().toString();
    return vertx.executeBlocking(() -> Spool.open(dir, settings.spoolBytes(), Math.max(1, Math.min(settings.spoolBytes(), 8L << 20))))
        .map(spool -> {
          SpoolingWriter writer = new SpoolingWriter(vertx, store, spool, settings, name);
          if (writer.spooledRecords > 0) {
            LOG.info("spool {} holds {} batches from an earlier run; replaying them", name, writer.spooledRecords);
            writer.storeDown = true;
            writer.scheduleReplay(0);
          }
          return writer;
        });
  }

  @Override
  public Future<Void> write(LineBatch batch) {
    if (closed) {
      return Future.failedFuture(unavailable("the service is shutting down"));
    }
    long size = SpooledLines.size(batch) + RECORD_OVERHEAD;
    if (spooledBytes + reservedBytes + size > settings.spoolBytes()) {
      return Future.failedFuture(unavailable("the time-series store is unavailable and the spool is full ("
          + settings.spoolBytes() + " bytes)"));
    }
    // With store calls still hanging from before, spooling is the only way to answer within the deadline.
    boolean direct = !storeDown && spooledRecords == 0 && storeCalls < settings.maxStoreCalls();
    reservedBytes += size;
    Future<Void> written = direct ? writeThrough(batch) : append(batch);
    return written.andThen(ar -> reservedBytes -= size);
  }

  /** The store's answer or the deadline, whichever comes first, decides; a late answer changes nothing. */
  private Future<Void> writeThrough(LineBatch batch) {
    return withDeadline(callStore(batch)).recover(failure -> {
      if (failure instanceof StoreRejection) {
        return Future.failedFuture(failure);
      }
      down(describe(failure));
      return append(batch);
    });
  }

  /** A store call, counted until the store answers, however late: the count bounds the work waiting on it. */
  private Future<Void> callStore(LineBatch batch) {
    storeCalls++;
    return store.write(batch).andThen(ar -> storeCalls--);
  }

  private Future<Void> append(LineBatch batch) {
    return spoolThread.executeBlocking(() -> {
      if (!spool.append(SpooledLines.encode(batch))) {
        throw unavailable("the time-series store is unavailable and the spool is full (" + settings.spoolBytes() + " bytes)");
      }
      return depth();
    }).recover(failure -> {
      if (failure instanceof ServiceFailure) {
        return Future.failedFuture(failure);
      }
      LOG.error("spool {} could not keep a batch: {}", name, describe(failure));
      return Future.failedFuture(unavailable("the time-series store is unavailable and the spool cannot be written"));
    }).map(depth -> {
      remember(depth);
      scheduleReplay(settings.retryAfter().toMillis());
      return null;
    });
  }

  private void scheduleReplay(long delayMs) {
    if (replaying || closed) {
      return;
    }
    replaying = true;
    vertx.setTimer(Math.max(1, delayMs), id -> replayHead());
  }

  private void retryReplayLater() {
    replaying = false;
    scheduleReplay(settings.retryAfter().toMillis());
  }

  /**
   * Sends the spool's oldest batches to the store, many to a call, so a long outage drains quickly; on success
   * removes them and goes on, else tries again later. When the store refuses such a call as malformed, the
   * batches go one at a time until the one it refuses is found and set aside.
   */
  private void replayHead() {
    if (closed) {
      replaying = false;
      return;
    }
    if (storeCalls >= settings.maxStoreCalls()) {
      retryReplayLater();
      return;
    }
    int max = singleSteps > 0 ? 1 : REPLAY_BATCHES;
    spoolThread.executeBlocking(() -> spool.peek(max, REPLAY_BYTES)).compose(head -> {
      if (head.isEmpty()) {
        replaying = false;
        if (spooledRecords > 0) {
          // A batch was spooled after the look: its own call to schedule found this replay still running.
          scheduleReplay(0);
        } else {
          up();
        }
        return Future.succeededFuture(false);
      }
      return withDeadline(callStore(LineBatch.concat(head.stream().map(SpooledLines::decode).toList())))
          .recover(failure -> {
            if (!(failure instanceof StoreRejection rejection)) {
              return Future.failedFuture(failure);
            }
            if (head.size() > 1) {
              singleSteps = head.size();
              return Future.failedFuture(new RetryNow());
            }
            return setAside(head.get(0), rejection);
          })
          .compose(v -> spoolThread.executeBlocking(() -> {
            spool.remove(head.size());
            return depth();
          }))
          .map(depth -> {
            replayed += head.size();
            singleSteps = Math.max(0, singleSteps - head.size());
            remember(depth);
            return true;
          });
    }).onComplete(ar -> {
      if (ar.succeeded() && ar.result() || ar.failed() && ar.cause() instanceof RetryNow) {
        replayHead();
      } else if (ar.failed()) {
        down(describe(ar.cause()));
        retryReplayLater();
      }
    });
  }

  /** Not a failure: the replay goes on at once, one batch at a time. */
  private static final class RetryNow extends RuntimeException {
    RetryNow() {
      super(null, null, false, false);
    }
  }

  /** A batch the store refuses as malformed would block the spool for ever: it is kept aside for the operator. */
  private Future<Void> setAside(byte[] record, StoreRejection rejection) {
    return spoolThread.executeBlocking(() -> {
      Path file = Files.write(spool.directory().resolve("rejected-" + Instant.now().toEpochMilli() + ".json"), record);
      LOG.error("spool {}: the store refused a spooled batch ({}); kept in {}", name, rejection.getMessage(), file);
      return null;
    });
  }

  /** The spool's depth as read on its own thread, for the event loop's copy. */
  private record Depth(long records, long bytes) {
  }

  private Depth depth() {
    return new Depth(spool.records(), spool.pendingBytes());
  }

  private void remember(Depth depth) {
    spooledRecords = depth.records();
    spooledBytes = depth.bytes();
  }

  private Future<Void> withDeadline(Future<Void> call) {
    Promise<Void> bounded = Promise.promise();
    long timer = vertx.setTimer(settings.deadline().toMillis(), id ->
        bounded.tryFail("did not acknowledge a write within " + settings.deadline().toMillis() + " ms"));
    call.onComplete(ar -> {
      vertx.cancelTimer(timer);
      if (ar.succeeded()) {
        bounded.tryComplete();
      } else {
        bounded.tryFail(ar.cause());
      }
    });
    return bounded.future();
  }

  private void down(String why) {
    if (!storeDown) {
      storeDown = true;
      LOG.warn("time-series store unavailable for {} ({}); accepted batches go to the spool", name, why);
    }
  }

  private void up() {
    if (storeDown) {
      storeDown = false;
      LOG.info("time-series store available again for {}; {} spooled batches replayed", name, replayed);
      replayed = 0;
    }
  }

  /** For the readiness check: the store as this writer last saw it, and the spool's depth. */
  public JsonObject status() {
    return new JsonObject()
        .put("store", storeDown ? "down" : "up")
        .put("spooled_batches", spooledRecords)
        .put("spooled_bytes", spooledBytes)
        .put("spool_limit_bytes", settings.spoolBytes());
  }

  public boolean storeDown() {
    return storeDown;
  }

  @Override
  public Future<Void> ping() {
    if (storeCalls >= settings.maxStoreCalls()) {
      return Future.failedFuture("every store call is waiting on the store");
    }
    return withDeadline(store.ping());
  }

  /** Stops replaying; what is still spooled stays on disk for the next start. */
  @Override
  public Future<Void> close() {
    closed = true;
    return store.close()
        .eventually(() -> spoolThread.executeBlocking(() -> {
          spool.close();
          return null;
        }))
        .eventually(spoolThread::close);
  }

  private ServiceFailure unavailable(String why) {
    return ServiceFailure.unavailable(why, settings.retryAfter());
  }

  private static String describe(Throwable failure) {
    return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
  }
}
