package com.citydata.bulletin.records;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Records of the families stored in PostgreSQL rather than in the time-series store. */
public final class RecordStore {
  static final String UPSERT = "INSERT INTO family_records (family, day, key, value) VALUES ($1, $2, $3, $4) "
      + "ON CONFLICT (family, day, key) DO UPDATE SET value = excluded.value, written_at = now()";
  static final String LATEST = "SELECT DISTINCT ON (key) day, key, value FROM family_records "
      + "WHERE family = $1 AND day <= $2 ORDER BY key, day DESC";

  private final Pool pool;

  public RecordStore(Pool pool) {
    this.pool = pool;
  }

  /** Stores every record or none; a 200 after this means they are committed. */
  public Future<Void> upsert(List<StoredRecord> records) {
    return pool.withTransaction(conn -> conn.preparedQuery(UPSERT).executeBatch(records.stream()
        .map(r -> Tuple.of(r.family(), r.day(), r.key(), r.value())).toList()).mapEmpty());
  }

  /** Each key's latest record on or before the day, by key. */
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
