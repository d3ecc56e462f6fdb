package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.bus.DocumentFormat;
import com.citydata.bulletin.catalog.AuditLog;
import com.citydata.bulletin.delivery.BulletinNotice;
import com.citydata.bulletin.delivery.Outbox;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published bulletins with their revisions, their ranking snapshots, and the scheduler's drafts, in PostgreSQL; each
 * revision and each draft queues its deliveries in the transaction that stores it.
 */
final class BulletinArchive {
  private final Pool pool;
  private final String publicBaseUrl;

  BulletinArchive(Pool pool, String publicBaseUrl) {
    this.pool = pool;
    this.publicBaseUrl = publicBaseUrl;
  }

  /** Stores the next revision of the date with every rendered document and the tables it shows. */
  Future<JsonObject> publish(LocalDate date, String actor, JsonObject content, Map<DocumentFormat, byte[]> documents) {
    return pool.withTransaction(conn -> conn.preparedQuery(BulletinQueries.LOCK_DATE).execute(Tuple.of((int) date.toEpochDay()))
        .compose(locked -> conn.preparedQuery(BulletinQueries.NEXT_REVISION).execute(Tuple.of(date)))
        .compose(rows -> {
          int revision = rows.iterator().next().getInteger("revision");
          JsonObject stored = content.copy().put("status", "published").put("revision", revision);
          return conn.preparedQuery(BulletinQueries.INSERT_REVISION).execute(Tuple.tuple(List.of(date, revision, actor, stored,
                  Buffer.buffer(documents.get(DocumentFormat.HTML)), Buffer.buffer(documents.get(DocumentFormat.MARKDOWN)),
                  Buffer.buffer(documents.get(DocumentFormat.DOCX)), Buffer.buffer(documents.get(DocumentFormat.PDF)))))
              .compose(inserted -> {
                String publishedAt = inserted.iterator().next().getOffsetDateTime("published_at").toInstant().toString();
                // Every printed table once, an attachment's second tables too (附件4's 市本级 seals, 附件6's demands);
                // a table printed in two blocks (附件14's units and list) is one snapshot.
                Map<String, JsonObject> printed = new LinkedHashMap<>();
                content.getJsonArray("attachments").stream().map(JsonObject.class::cast)
                    .flatMap(a -> a.getJsonArray("tables").stream().map(JsonObject.class::cast))
                    .forEach(t -> printed.putIfAbsent(t.getString("table"), t.getJsonObject("ranking")));
                List<Tuple> snapshots = printed.entrySet().stream()
                    .map(t -> Tuple.of(date, revision, t.getKey(), t.getValue())).toList();
                Future<?> saved = snapshots.isEmpty() ? Future.succeededFuture()
                    : conn.preparedQuery(BulletinQueries.INSERT_SNAPSHOT).executeBatch(snapshots);
                JsonObject result = new JsonObject().put("date", date.toString()).put("revision", revision)
                    .put("published_at", publishedAt);
                return saved.compose(v -> Outbox.enqueue(conn, BulletinNotice.published(stored, revision, publicBaseUrl)))
                    .compose(v -> AuditLog.record(conn, actor, "bulletins.publish", new JsonObject().put("date", date.toString())
                        .put("before", revision > 1 ? new JsonObject().put("revision", revision - 1) : null).put("after", result)))
                    .map(result);
              });
        }));
  }

  /** The stored documents of a revision, or of the latest one when {@code revision} is null. */
  Future<Optional<Map<DocumentFormat, Buffer>>> find(LocalDate date, Integer revision) {
    return pool.preparedQuery(BulletinQueries.FIND_REVISION).execute(Tuple.of(date, revision)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row row = rows.iterator().next();
      Map<DocumentFormat, Buffer> documents = new LinkedHashMap<>();
      documents.put(DocumentFormat.JSON, ((JsonObject) row.getValue("content")).toBuffer());
      documents.put(DocumentFormat.HTML, row.getBuffer("html"));
      documents.put(DocumentFormat.MARKDOWN, row.getBuffer("markdown"));
      documents.put(DocumentFormat.DOCX, row.getBuffer("docx"));
      documents.put(DocumentFormat.PDF, row.getBuffer("pdf"));
      return Optional.of(documents);
    });
  }

  /** Every published date with its revisions (newest first), and the dates the scheduler built a draft for. */
  Future<JsonObject> list() {
    Future<JsonArray> published = pool.query(BulletinQueries.LIST).execute().map(rows -> {
      Map<String, JsonObject> byDate = new LinkedHashMap<>();
      for (Row row : rows) {
        String date = row.getLocalDate("bulletin_date").toString();
        byDate.computeIfAbsent(date, d -> new JsonObject().put("date", d).put("revisions", new JsonArray()))
            .getJsonArray("revisions").add(new JsonObject()
                .put("revision", row.getInteger("revision"))
                .put("published_at", row.getOffsetDateTime("published_at").toInstant().toString())
                .put("published_by", row.getString("published_by")));
      }
      return new JsonArray(List.copyOf(byDate.values()));
    });
    Future<JsonArray> drafts = pool.query(BulletinQueries.LIST_DRAFTS).execute().map(rows -> {
      JsonArray list = new JsonArray();
      rows.forEach(row -> list.add(new JsonObject().put("date", row.getLocalDate("bulletin_date").toString())
          .put("built_at", row.getOffsetDateTime("built_at").toInstant().toString())));
      return list;
    });
    return Future.all(published, drafts).map(x -> new JsonObject().put("bulletins", published.result())
        .put("drafts", drafts.result()));
  }

  /** @return true when this instance claimed the draft of that date and must build it */
  Future<Boolean> claimDraft(LocalDate date, String instance) {
    return pool.preparedQuery(BulletinQueries.CLAIM_DRAFT).execute(Tuple.of(date, instance)).map(rows -> rows.size() == 1);
  }

  /** @param status the line the draft's documents print under the title, which its deliveries repeat */
  Future<Void> saveDraft(LocalDate date, JsonObject content, String status) {
    return pool.withTransaction(conn -> conn.preparedQuery(BulletinQueries.SAVE_DRAFT).execute(Tuple.of(date, content))
        .compose(saved -> Outbox.enqueue(conn, BulletinNotice.draft(content, status, publicBaseUrl))));
  }
}
