package com.citydata.bulletin.storage;

import com.citydata.bulletin.series.LineBatch;
import io.vertx.core.Future;

/** Writes points to the time-series store. A returned future succeeds only once the store has accepted them. */
public interface TimeSeriesWriter {

  Future<Void> write(LineBatch batch);

  /** Succeeds when the store answers at all: the readiness check's probe. */
  Future<Void> ping();

  /** Waits for writes under way, then releases the client. */
  Future<Void> close();
}
