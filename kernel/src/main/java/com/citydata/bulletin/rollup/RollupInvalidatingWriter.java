package com.citydata.bulletin.rollup;

import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.series.LineBatch;
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
  private final TimeSeriesWriter writer;
  private final RollupInvalidation invalidation;
  private final boolean first;
  private final Duration retryAfter;

  private RollupInvalidatingWriter(TimeSeriesWriter writer, RollupInvalidation invalidation, boolean first, Duration retryAfter) {
    this.writer = writer;
    this.invalidation = invalidation;
    this.first = first;
    this.retryAfter = retryAfter;
  }

  /** @param retryAfter what a 503 tells the collector when PostgreSQL does not answer, as the ingest's other 503s do */
  public static TimeSeriesWriter before(TimeSeriesWriter writer, RollupInvalidation invalidation, Duration retryAfter) {
    return new RollupInvalidatingWriter(writer, invalidation, true, retryAfter);
  }

  public static TimeSeriesWriter after(TimeSeriesWriter writer, RollupInvalidation invalidation) {
    return new RollupInvalidatingWriter(writer, invalidation, false, null);
  }

  @Override
  public Future<Void> write(LineBatch batch) {
    if (first) {
      // Nothing is written yet: the collector may simply try again.
      return invalidation.written(batch.earliest())
          .recover(failure -> Future.failedFuture(ServiceFailure.unavailable("PostgreSQL did not answer: " + failure.getMessage(), retryAfter)))
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
