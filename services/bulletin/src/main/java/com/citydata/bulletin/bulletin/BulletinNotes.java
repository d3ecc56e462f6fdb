package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.catalog.AuditLog;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Editorial notes in PostgreSQL: set per day and section, carried to later days when asked. */
final class BulletinNotes {
  static final String UPSERT = "INSERT INTO bulletin_notes (bulletin_date, section, lead, close, carry, updated_by) "
      + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (bulletin_date, section) DO UPDATE SET lead = excluded.lead, "
      + "close = excluded.close, carry = excluded.carry, updated_by = excluded.updated_by, updated_at = now()";
  /** A day's own notes of a section, else the latest earlier ones that carry. */
  static final String EFFECTIVE = "SELECT DISTINCT ON (section) bulletin_date, section, lead, close, carry FROM bulletin_notes "
      + "WHERE (bulletin_date = $1 OR (bulletin_date < $1 AND carry)) AND ($2::smallint IS NULL OR section = $2) "
      + "ORDER BY section, bulletin_date DESC";
  static final String DELETE = "DELETE FROM bulletin_notes WHERE bulletin_date = $1 AND section = $2 RETURNING lead, close, carry";
  /** The day's own notes of a section, locked until the change that reads them commits. */
  static final String OWN = "SELECT lead, close, carry FROM bulletin_notes WHERE bulletin_date = $1 AND section = $2 FOR UPDATE";

  private final Pool pool;

  BulletinNotes(Pool pool) {
    this.pool = pool;
  }

  Future<SectionNotes> put(SectionNotes notes, String actor) {
    return pool.withTransaction(conn -> conn.preparedQuery(OWN).execute(Tuple.of(notes.date(), (short) notes.section()))
        .compose(before -> conn.preparedQuery(UPSERT).execute(Tuple.of(notes.date(), (short) notes.section(),
                new JsonArray(notes.lead()), new JsonArray(notes.close()), notes.carry(), actor))
            .compose(v -> AuditLog.record(conn, actor, "bulletins.notes.put", new JsonObject().put("date", notes.date().toString())
                .put("section", notes.section()).put("before", before.size() == 0 ? null : stored(before.iterator().next()))
                .put("after", new JsonObject().put("lead", new JsonArray(notes.lead())).put("close", new JsonArray(notes.close()))
                    .put("carry", notes.carry())))))
        .map(notes));
  }

  Future<Boolean> delete(LocalDate date, int section, String actor) {
    return pool.withTransaction(conn -> conn.preparedQuery(DELETE).execute(Tuple.of(date, (short) section))
        .compose(rows -> rows.size() == 0 ? Future.succeededFuture(false)
            : AuditLog.record(conn, actor, "bulletins.notes.delete", new JsonObject().put("date", date.toString()).put("section", section)
                .put("before", stored(rows.iterator().next())).put("after", null)).map(true)));
  }

  /** A stored row of notes as the audit log keeps what was before: {"lead","close","carry"}. */
  private static JsonObject stored(Row row) {
    return new JsonObject().put("lead", row.getJsonArray("lead")).put("close", row.getJsonArray("close")).put("carry", row.getBoolean("carry"));
  }

  Future<Optional<SectionNotes>> effective(LocalDate date, int section) {
    return pool.preparedQuery(EFFECTIVE).execute(Tuple.of(date, (short) section))
        .map(rows -> notes(rows).values().stream().findFirst());
  }

  /** The notes every section of that day's bulletin prints, by section. */
  Future<Map<Integer, SectionNotes>> effective(LocalDate date) {
    return pool.preparedQuery(EFFECTIVE).execute(Tuple.tuple().addValue(date).addValue(null)).map(BulletinNotes::notes);
  }

  private static Map<Integer, SectionNotes> notes(RowSet<Row> rows) {
    Map<Integer, SectionNotes> notes = new LinkedHashMap<>();
    for (Row row : rows) {
      int section = row.getShort("section");
      notes.put(section, new SectionNotes(row.getLocalDate("bulletin_date"), section, strings(row.getJsonArray("lead")),
          strings(row.getJsonArray("close")), row.getBoolean("carry")));
    }
    return notes;
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(String.class::cast).toList();
  }
}
