package com.citydata.bulletin.rollup;

import com.citydata.bulletin.bus.ServiceFailure;
import com.citydata.bulletin.storage.LineBatch;
import com.citydata.bulletin.storage.TimeSeriesWriter;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * Tells {@link RollupInvalidation} of every batch: in front of the writer that acknowledges batches to collectors
 * ({@link #before}), so no batch is acknowledged before old roll-ups are withdrawn, and behind the store's own
 * writer ({@link #after}), so roll-ups computed before the store made the points visible are withdrawn too. A
 * failed call fails the write: the spool then keeps the batch and sends it, and tells, again.
 */
public final class RollupInvalidatingWriter implements TimeSeriesWriter {
  private static final Duration RETRY = Duration.ofSeconds(5);
  private final TimeSeriesWriter writer;
  private final RollupInvalidation invalidation;
  private final boolean first;

  private RollupInvalidatingWriter(TimeSeriesWriter writer, RollupInvalidation invalidation, boolean first) {
    this.writer = writer;
    this.invalidation = invalidation;
    this.first = first;
  }

  public static TimeSeriesWriter before(TimeSeriesWriter writer, RollupInvalidation invalidation) {
    return new RollupInvalidatingWriter(writer, invalidation, true);
  }

  public static TimeSeriesWriter after(TimeSeriesWriter writer, RollupInvalidation invalidation) {
    return new RollupInvalidatingWriter(writer, invalidation, false);
  }

  @Override
  public Future<Void> write(LineBatch batch) {
    if (first) {
      // Nothing is written yet: the collector may simply try again.
      return invalidation.written(batch.earliest())
          .recover(failure -> Future.failedFuture(ServiceFailure.unavailable("PostgreSQL did not answer: " + failure.getMessage(), RETRY)))
          .compose(v -> writer.write(batch));
    }
    return writer.write(batch).compose(v -> invalidation.written(batch.earliest()));
  }

  @Override
  public Future<Void> ping() {
    return writer.ping();
  }

  @Override
  public Future<Void> close() {
    return writer.close();
  }
}
