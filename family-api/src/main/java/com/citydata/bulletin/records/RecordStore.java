package com.citydata.bulletin.records;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;

/** What a family reads of the records kept for it in PostgreSQL rather than in the time-series store. */
public interface RecordStore {

  /** The records of the latest day that has any on or before the day asked for, by key. */
  Future<List<StoredRecord>> latestDay(String family, LocalDate onOrBefore);

  /** Each key's latest record on or before the day, by key. */
  Future<List<StoredRecord>> latest(String family, LocalDate onOrBefore);
}
