package com.citydata.bulletin.rollup;

import com.citydata.bulletin.series.SeriesSchema;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Roll-ups and their validity in PostgreSQL (V7). */
final class RollupStore {
  /** Decoded roll-ups kept: a bulletin's measurements at its window's and the week before's boundaries, and some more. */
  private static final int DECODED_KEPT = 64;

  private record DecodedKey(String measurement, Instant boundary, long generation) {
  }

  private final Pool pool;
  private final Map<DecodedKey, List<SeriesTotals>> decoded = Collections.synchronizedMap(
      new LinkedHashMap<>(DECODED_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DecodedKey, List<SeriesTotals>> eldest) {
          return size() > DECODED_KEPT;
        }
      });

  RollupStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * A measurement's state and the roll-ups at {@code boundary}, or at its last valid boundary when that is earlier.
   * {@code rows} are empty when nothing valid is at or before the boundary.
   */
  record Snapshot(Optional<Instant> validFrom, Optional<Instant> validUntil, long generation, List<SeriesTotals> rows) {

    /** Some run of boundaries holds trusted roll-ups. */
    boolean valid() {
      return validFrom.isPresent() && validUntil.isPresent() && !validUntil.get().isBefore(validFrom.get());
    }

    /** The boundary whose roll-ups {@code rows} are: the latest valid one at or before {@code boundary}, if any. */
    Optional<Instant> base(Instant boundary) {
      if (!valid() || boundary.isBefore(validFrom.get())) {
        return Optional.empty();
      }
      return Optional.of(validUntil.get().isBefore(boundary) ? validUntil.get() : boundary);
    }
  }

  /**
   * A measurement's state and the roll-ups at {@code boundary}. The rows a bulletin needs are the same for each of its
   * tables on one measurement and for every read until a write reaches back or the roll-ups move on, and reading and
   * decoding them was the largest part of a year-old bulletin's rankings in a profile: so they are kept, by measurement, boundary and generation, and only
   * the state (one row) is read while the generation stands.
   */
  Future<Snapshot> snapshot(SeriesSchema schema, Instant boundary) {
    return pool.preparedQuery("SELECT valid_from, valid_until, generation FROM series_rollup_state WHERE measurement = $1")
        .execute(Tuple.of(schema.measurement())).compose(rows -> {
          if (rows.size() == 0) {
            return snapshotWithRows(schema, boundary);
          }
          Row state = rows.iterator().next();
          Optional<Instant> validFrom = instant(state, "valid_from");
          Optional<Instant> validUntil = instant(state, "valid_until");
          // As the statement below picks its rows: the boundary, or the last valid one before it.
          Optional<Instant> rowsAt = validFrom.map(from -> validUntil.filter(until -> until.isBefore(boundary)).orElse(boundary))
              .filter(at -> !at.isBefore(validFrom.get()));
          List<SeriesTotals> kept = rowsAt.map(at -> decoded.get(new DecodedKey(schema.measurement(), at, state.getLong("generation"))))
              .orElse(null);
          return kept != null ? Future.succeededFuture(new Snapshot(validFrom, validUntil, state.getLong("generation"), kept))
              : snapshotWithRows(schema, boundary).onSuccess(snapshot -> snapshot.base(boundary).ifPresent(at ->
                  decoded.put(new DecodedKey(schema.measurement(), at, snapshot.generation()), snapshot.rows())));
        });
  }

  /** One statement, so the state and the rows are of one moment: a commit between two reads cannot mix them. */
  private Future<Snapshot> snapshotWithRows(SeriesSchema schema, Instant boundary) {
    String sql = "SELECT s.valid_from, s.valid_until, s.generation, r.tags, r.cumulative, r.last, r.first_time"
        + " FROM series_rollup_state s LEFT JOIN series_rollups r ON r.measurement = s.measurement"
        + " AND r.boundary = LEAST($2::timestamptz, s.valid_until) AND r.boundary >= s.valid_from"
        + " WHERE s.measurement = $1";
    return pool.preparedQuery(sql).execute(Tuple.of(schema.measurement(), utc(boundary))).compose(rows -> {
      if (rows.size() == 0) {
        return pool.preparedQuery("INSERT INTO series_rollup_state (measurement) VALUES ($1) ON CONFLICT DO NOTHING")
            .execute(Tuple.of(schema.measurement())).compose(v -> snapshotWithRows(schema, boundary));
      }
      List<SeriesTotals> totals = new ArrayList<>();
      Row state = null;
      for (Row row : rows) {
        state = row;
        if (row.getValue("tags") != null) {
          totals.add(totals(schema, row));
        }
      }
      return Future.succeededFuture(new Snapshot(instant(state, "valid_from"), instant(state, "valid_until"),
          state.getLong("generation"), List.copyOf(totals)));
    });
  }

  /**
   * Stores the roll-ups computed from a snapshot of {@code generation}, valid from {@code validFrom} to
   * {@code validUntil}, keeping those stored up to {@code keptUntil} (empty: none) - only if the generation is
   * unchanged, else nothing. Succeeds with whether they were stored.
   */
  Future<Boolean> commit(SeriesSchema schema, long generation, Instant validFrom, Optional<Instant> keptUntil,
      Instant validUntil, Map<Instant, List<SeriesTotals>> rolled) {
    String measurement = schema.measurement();
    List<Tuple> inserts = new ArrayList<>();
    rolled.forEach((boundary, totals) -> totals.forEach(t -> inserts.add(Tuple.of(measurement, utc(boundary),
        t.tags().toArray(String[]::new), new JsonObject(new HashMap<>(t.cumulative())), new JsonObject(new HashMap<>(t.last())),
        utc(t.first())))));
    return pool.withTransaction(conn -> conn.preparedQuery("UPDATE series_rollup_state SET valid_from = $2, valid_until = $3,"
            + " generation = generation + 1 WHERE measurement = $1 AND generation = $4")
        .execute(Tuple.of(measurement, utc(validFrom), utc(validUntil), generation))
        .compose(updated -> {
          if (updated.rowCount() == 0) {
            return Future.succeededFuture(false);
          }
          Future<?> deleted = conn.preparedQuery("DELETE FROM series_rollups WHERE measurement = $1"
                  + " AND ($2::timestamptz IS NULL OR boundary > $2)")
              .execute(Tuple.of(measurement, keptUntil.map(RollupStore::utc).orElse(null)));
          Future<?> inserted = inserts.isEmpty() ? deleted : deleted.compose(v -> conn.preparedQuery(
              "INSERT INTO series_rollups (measurement, boundary, tags, cumulative, last, first_time)"
                  + " VALUES ($1, $2, $3, $4, $5, $6)").executeBatch(inserts));
          return inserted.map(true);
        }));
  }

  private static SeriesTotals totals(SeriesSchema schema, Row row) {
    JsonObject cumulativeJson = row.getJsonObject("cumulative");
    JsonObject lastJson = row.getJsonObject("last");
    Map<String, Long> cumulative = new HashMap<>();
    schema.fieldsOf(SeriesSchema.Kind.COUNTER).forEach(counter -> cumulative.put(counter, cumulativeJson.getLong(counter, 0L)));
    Map<String, Object> last = new HashMap<>();
    schema.fields().stream().filter(f -> f.kind() != SeriesSchema.Kind.COUNTER && lastJson.getValue(f.name()) != null)
        .forEach(f -> last.put(f.name(), f.kind() == SeriesSchema.Kind.TEXT ? lastJson.getString(f.name()) : lastJson.getLong(f.name())));
    return new SeriesTotals(List.of(row.getArrayOfStrings("tags")), cumulative, last, row.getOffsetDateTime("first_time").toInstant());
  }

  private static Optional<Instant> instant(Row row, String column) {
    return Optional.ofNullable(row.getOffsetDateTime(column)).map(OffsetDateTime::toInstant);
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
