package com.citydata.bulletin.storage;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.Set;

/**
 * QuestDB applies WAL writes asynchronously. Waiting here until every written table's writer has caught up with
 * its sequencer gives collectors read-your-writes: a ranking asked for right after a 200 includes the points.
 */
public final class QuestDbWalBarrier {
  static final String WAL_STATE = "SELECT name, writerTxn, sequencerTxn, suspended FROM wal_tables() WHERE name = $1";
  private static final long POLL_MS = 5;

  private final Vertx vertx;
  private final Pool pool;
  private final Duration timeout;

  public QuestDbWalBarrier(Vertx vertx, Pool pool, Duration timeout) {
    this.vertx = vertx;
    this.pool = pool;
    this.timeout = timeout;
  }

  public Future<Void> await(Set<String> tables) {
    long deadline = System.nanoTime() + timeout.toNanos();
    return Future.all(tables.stream().map(t -> awaitTable(t, deadline)).toList()).mapEmpty();
  }

  private Future<Void> awaitTable(String table, long deadline) {
    return pool.preparedQuery(WAL_STATE).execute(Tuple.of(table)).compose(rows -> {
      QuestDbReader.requireColumns(rows, "name", "writerTxn", "sequencerTxn", "suspended");
      for (Row row : rows) {
        if (Boolean.TRUE.equals(row.getBoolean("suspended"))) {
          return Future.failedFuture(new IllegalStateException("QuestDB suspended WAL table " + table));
        }
        if (row.getLong("writerTxn") < row.getLong("sequencerTxn")) {
          if (System.nanoTime() > deadline) {
            return Future.failedFuture(new IllegalStateException("QuestDB did not apply writes to " + table + " within " + timeout));
          }
          Promise<Void> later = Promise.promise();
          vertx.setTimer(POLL_MS, id -> awaitTable(table, deadline).onComplete(later));
          return later.future();
        }
      }
      return Future.succeededFuture();
    });
  }

}
