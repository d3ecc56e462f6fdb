package com.citydata.bulletin.db;

import com.citydata.bulletin.records.RecordStore;
import com.citydata.bulletin.records.StoredRecord;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The families' records in PostgreSQL, table {@code family_records}. */
public final class PgRecordStore implements RecordStore {
  static final String UPSERT = "INSERT INTO family_records (family, day, key, value) VALUES ($1, $2, $3, $4) "
      + "ON CONFLICT (family, day, key) DO UPDATE SET value = excluded.value, written_at = now()";
  static final String DELETE_DAY = "DELETE FROM family_records WHERE family = $1 AND day = $2";
  /** The records of the latest day with any on or before the day asked for. */
  static final String LATEST_DAY = "SELECT day, key, value FROM family_records WHERE family = $1 AND day = "
      + "(SELECT max(day) FROM family_records WHERE family = $1 AND day <= $2) ORDER BY key";
  static final String LATEST = "SELECT DISTINCT ON (key) day, key, value FROM family_records "
      + "WHERE family = $1 AND day <= $2 ORDER BY key, day DESC";

  private final Pool pool;

  public PgRecordStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * Stores every record or none, first removing what the family stored for the replaced days; a 200 after this
   * means they are committed.
   */
  public Future<Void> store(String family, List<StoredRecord> records, List<LocalDate> replacedDays) {
    return pool.withTransaction(conn -> {
      Future<Void> chain = Future.succeededFuture();
      for (LocalDate day : replacedDays) {
        chain = chain.compose(v -> conn.preparedQuery(DELETE_DAY).execute(Tuple.of(family, day)).mapEmpty());
      }
      return records.isEmpty() ? chain : chain.compose(v -> conn.preparedQuery(UPSERT).executeBatch(records.stream()
          .map(r -> Tuple.of(r.family(), r.day(), r.key(), r.value())).toList()).mapEmpty());
    });
  }

  @Override
  public Future<List<StoredRecord>> latestDay(String family, LocalDate onOrBefore) {
    return pool.preparedQuery(LATEST_DAY).execute(Tuple.of(family, onOrBefore)).map(rows -> {
      List<StoredRecord> records = new ArrayList<>();
      for (Row row : rows) {
        records.add(new StoredRecord(family, row.getLocalDate("day"), row.getString("key"), (JsonObject) row.getJson("value")));
      }
      return records;
    });
  }

  @Override
  public Future<List<StoredRecord>> latest(String family, LocalDate onOrBefore) {
    return pool.preparedQuery(LATEST).execute(Tuple.of(family, onOrBefore)).map(rows -> {
      List<StoredRecord> records = new ArrayList<>();
      for (Row row : rows) {
        records.add(new StoredRecord(family, row.getLocalDate("day"), row.getString("key"), (JsonObject) row.getJson("value")));
      }
      return records;
    });
  }
}
