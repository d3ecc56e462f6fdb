package com.citydata.bulletin.storage;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * QuestDB applies WAL writes asynchronously. Waiting here until every written table's writer has caught up with the
 * transaction of the write gives collectors read-your-writes: a ranking asked for right after a 200 includes the
 * points.
 *
 * <p>A write's transaction is at most the table's sequencer transaction as read after the store acknowledged it; the
 * wait is for the writer to reach that number, not whatever the sequencer has reached since, so concurrent
 * collectors do not wait for each other's later writes. One poll per table serves every write waiting on it. An
 * instance belongs to one verticle's context, which runs all its callbacks.
 */
public final class QuestDbWalBarrier {
  static final String WAL_STATE = "SELECT name, writerTxn, sequencerTxn, suspended FROM wal_tables() WHERE name = $1";
  private static final long POLL_MS = 5;

  private final Vertx vertx;
  private final Pool pool;
  private final Duration timeout;
  private final Map<String, Table> tables = new HashMap<>();

  public QuestDbWalBarrier(Vertx vertx, Pool pool, Duration timeout) {
    this.vertx = vertx;
    this.pool = pool;
    this.timeout = timeout;
  }

  public Future<Void> await(Set<String> written) {
    return Future.all(written.stream().map(t -> tables.computeIfAbsent(t, Table::new).await()).toList()).mapEmpty();
  }

  private record Waiter(long target, long deadline, Promise<Void> done) {
  }

  /** The writes waiting on one table, and its one poll. */
  private final class Table {
    private final String name;
    /** Acknowledged writes whose transaction the next poll will bound. */
    private List<Promise<Void>> unbounded = new ArrayList<>();
    private final List<Waiter> waiting = new ArrayList<>();
    private final Map<Promise<Void>, Long> deadlines = new HashMap<>();
    private boolean polling;

    Table(String name) {
      this.name = name;
    }

    Future<Void> await() {
      Promise<Void> done = Promise.promise();
      unbounded.add(done);
      deadlines.put(done, System.nanoTime() + timeout.toNanos());
      poll();
      return done.future();
    }

    private void poll() {
      if (polling) {
        return;
      }
      polling = true;
      List<Promise<Void>> bounding = unbounded;
      unbounded = new ArrayList<>();
      pool.preparedQuery(WAL_STATE).execute(Tuple.of(name)).onComplete(ar -> {
        polling = false;
        if (ar.failed()) {
          fail(bounding, ar.cause());
          return;
        }
        QuestDbReader.requireColumns(ar.result(), "name", "writerTxn", "sequencerTxn", "suspended");
        Row row = ar.result().iterator().hasNext() ? ar.result().iterator().next() : null;
        if (row != null && Boolean.TRUE.equals(row.getBoolean("suspended"))) {
          fail(bounding, new IllegalStateException("QuestDB suspended WAL table " + name));
          return;
        }
        long writer = row == null ? Long.MAX_VALUE : row.getLong("writerTxn");
        long sequencer = row == null ? 0 : row.getLong("sequencerTxn");
        bounding.forEach(done -> waiting.add(new Waiter(sequencer, deadlines.remove(done), done)));
        settle(writer);
        if (!unbounded.isEmpty()) {
          poll();
        } else if (!waiting.isEmpty()) {
          vertx.setTimer(POLL_MS, id -> poll());
        }
      });
    }

    private void settle(long writer) {
      long now = System.nanoTime();
      waiting.removeIf(w -> {
        if (w.target() <= writer) {
          w.done().complete();
          return true;
        }
        if (now > w.deadline()) {
          w.done().fail(new IllegalStateException("QuestDB did not apply writes to " + name + " within " + timeout));
          return true;
        }
        return false;
      });
    }

    /** A failed poll fails the writes it was to bound and everything already waiting: the store's state is unknown. */
    private void fail(List<Promise<Void>> bounding, Throwable cause) {
      bounding.forEach(done -> {
        deadlines.remove(done);
        done.fail(cause);
      });
      waiting.forEach(w -> w.done().fail(cause));
      waiting.clear();
      if (!unbounded.isEmpty()) {
        poll();
      }
    }
  }
}
