package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.bus.DocumentFormat;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.report.Outline;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulletin service: composes a week's bulletin from the ranking service's tables, renders it in the format
 * asked for, publishes frozen revisions to PostgreSQL, and builds a draft every bulletin day.
 */
public final class BulletinVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(BulletinVerticle.class);
  /** Weeks the trend charts show, the bulletin's own included. */
  static final int TREND_WEEKS = 8;
  private static final String DRAFT_STATUS = "草稿：实时数据，尚未发布";

  private final String instance = UUID.randomUUID().toString();
  private final FamilyRegistry registry = FamilyRegistry.installed();
  private Pool pool;
  private BulletinArchive archive;
  private BulletinNotes notes;
  private BulletinSettings settings;
  private WeekCalendar calendar;
  private DraftSchedule schedule;
  private long timer = -1;

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    settings = BulletinSettings.from(config);
    calendar = new WeekCalendar(config.bulletinWeekday(), config.timezone());
    schedule = new DraftSchedule(config.bulletinWeekday(), settings.draftTime(), config.timezone());
    pool = PgDatabase.pool(vertx, config);
    archive = new BulletinArchive(pool, config.publicBaseUrl());
    notes = new BulletinNotes(pool);
    scheduleDraft();
    // Java2D copies a font it creates to a temporary file, and ImageIO's file cache adds a shutdown hook on first use;
    // both are refused once the JVM is stopping, so a first render that came in just before a SIGTERM failed. The
    // charts' font is created now, and PNGs are encoded in memory (they are small), so the drain can finish renders.
    Future<Object> ready = vertx.executeBlocking(() -> {
      ImageIO.setUseCache(false);
      return Fonts.awt(java.awt.Font.PLAIN, 12);
    });
    return Future.all(List.of(ready,
        vertx.eventBus().<JsonObject>consumer(Addresses.BULLETIN_GET, this::get).completion(),
        vertx.eventBus().<JsonObject>consumer(Addresses.BULLETIN_PUBLISH, this::publish).completion(),
        vertx.eventBus().<JsonObject>consumer(Addresses.BULLETIN_LIST,
            m -> archive.list().onSuccess(m::reply).onFailure(f -> ServiceReplies.reply(m, f))).completion(),
        vertx.eventBus().<JsonObject>consumer(Addresses.BULLETIN_ARCHIVE_PAGE, this::archivePage).completion(),
        vertx.eventBus().<JsonObject>consumer(Addresses.NOTES_PUT, this::putNotes).completion(),
        vertx.eventBus().<JsonObject>consumer(Addresses.NOTES_GET, this::getNotes).completion(),
        vertx.eventBus().<JsonObject>consumer(Addresses.NOTES_DELETE, this::deleteNotes).completion()));
  }

  /**
   * {"date", "format", "draft", "revision", "published"}: a published revision unless a draft is asked for or none
   * exists; with "published", a published revision or nothing.
   */
  private void get(Message<JsonObject> message) {
    JsonObject request = message.body();
    LocalDate date;
    DocumentFormat format;
    try {
      date = date(request.getString("date"));
      format = DocumentFormat.named(request.getString("format", "json"))
          .orElseThrow(() -> ServiceFailure.badRequest("unknown format " + request.getString("format")));
    } catch (ServiceFailure invalid) {
      ServiceReplies.reply(message, invalid);
      return;
    }
    Integer revision = request.getInteger("revision");
    Future<Buffer> body = request.getBoolean("draft", false) ? renderLive(date, format)
        : archive.find(date, revision).compose(found -> {
          if (found.isPresent()) {
            return Future.succeededFuture(found.get().get(format));
          }
          if (revision != null) {
            return Future.failedFuture(ServiceFailure.notFound("bulletin " + date + " has no revision " + revision));
          }
          if (request.getBoolean("published", false)) {
            return Future.failedFuture(ServiceFailure.notFound("the bulletin of " + date + " is not published"));
          }
          return renderLive(date, format);
        });
    body.onSuccess(document -> reply(message, format, document))
        .onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  private void archivePage(Message<JsonObject> message) {
    archive.list().compose(list -> vertx.executeBlocking(() -> ArchivePage.render(settings, list, calendar.zone())))
        .onSuccess(page -> message.reply(Buffer.buffer(page), new DeliveryOptions().addHeader(Addresses.CONTENT_TYPE, "text/html; charset=utf-8")))
        .onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  private void publish(Message<JsonObject> message) {
    Future.succeededFuture(message.body()).compose(r -> {
      LocalDate date = date(r.getString("date"));
      return live(date).compose(content -> vertx.executeBlocking(() -> {
        Map<DocumentFormat, byte[]> documents = new EnumMap<>(DocumentFormat.class);
        for (DocumentFormat format : List.of(DocumentFormat.HTML, DocumentFormat.MARKDOWN, DocumentFormat.DOCX, DocumentFormat.PDF)) {
          documents.put(format, Documents.render(format, content, null));
        }
        return documents;
      }).compose(documents -> archive.publish(date, r.getString("actor", "admin"), content, documents)));
    }).onSuccess(message::reply).onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  /** {"date", "section" (一 to 五), "notes", "actor"}. */
  private void putNotes(Message<JsonObject> message) {
    Future.succeededFuture(message.body())
        .compose(r -> notes.put(SectionNotes.fromJson(date(r.getString("date")), section(r.getString("section")),
            r.getJsonObject("notes")), r.getString("actor", "admin")))
        .map(stored -> stored.toJson(message.body().getString("section")))
        .onSuccess(message::reply).onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  private void getNotes(Message<JsonObject> message) {
    Future.succeededFuture(message.body())
        .compose(r -> notes.effective(date(r.getString("date")), section(r.getString("section"))))
        .map(found -> found.orElseThrow(() -> ServiceFailure.notFound("no notes apply to section " + message.body().getString("section")
            + " of the bulletin of " + message.body().getString("date"))).toJson(message.body().getString("section")))
        .onSuccess(message::reply).onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  private void deleteNotes(Message<JsonObject> message) {
    Future.succeededFuture(message.body())
        .compose(r -> notes.delete(date(r.getString("date")), section(r.getString("section")), r.getString("actor", "admin")))
        .map(deleted -> {
          if (!deleted) {
            throw ServiceFailure.notFound("no notes were set for section " + message.body().getString("section") + " on "
                + message.body().getString("date"));
          }
          return new JsonObject();
        })
        .onSuccess(message::reply).onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  /** 一 → 1 … 五 → 5, the section's place in the outline. */
  private static int section(String numeral) {
    int index = Outline.NUMERALS.indexOf(numeral);
    if (index < 0) {
      throw ServiceFailure.badRequest("section '" + numeral + "' is not one of " + String.join(", ", Outline.NUMERALS));
    }
    return index + 1;
  }

  private Future<Buffer> renderLive(LocalDate date, DocumentFormat format) {
    return live(date).compose(content -> vertx.executeBlocking(() ->
        Buffer.buffer(Documents.render(format, content.put("status", "draft"), format == DocumentFormat.JSON ? null : DRAFT_STATUS))));
  }

  /**
   * Composes the bulletin from the ranking service's tables (every table of this week, and for the weeks before
   * it only the tables the charts draw, without their changes) and the editorial notes that apply to that day.
   */
  Future<JsonObject> live(LocalDate date) {
    WeekWindow window = calendar.windowEndingOn(date);
    List<LocalDate> weeks = new ArrayList<>();
    for (int i = TREND_WEEKS - 1; i >= 0; i--) {
      weeks.add(date.minusWeeks(i));
    }
    Map<String, JsonObject> requests = new LinkedHashMap<>();
    for (RankingTable table : registry.tables()) {
      requests.put(table.id() + "@" + date, ranking(table.id(), date, true));
    }
    for (String table : Trend.fields(registry).keySet()) {
      for (LocalDate week : weeks.subList(0, weeks.size() - 1)) {
        requests.put(table + "@" + week, ranking(table, week, false));
      }
    }
    // One message for every table of the bulletin: the ranking service reads the catalog once and computes them
    // side by side, and a lost ranking process costs one retry, not dozens.
    Future<Map<String, JsonObject>> answers = BusRetry.<JsonObject>request(vertx, Addresses.RANKING_BATCH,
            new JsonObject().put("requests", new JsonArray(List.copyOf(requests.values()))), BusRetry.RANKING_BATCH)
        .map(reply -> {
          JsonArray list = reply.body().getJsonArray("answers");
          Map<String, JsonObject> byKey = new LinkedHashMap<>();
          int i = 0;
          for (String key : requests.keySet()) {
            byKey.put(key, list.getJsonObject(i++));
          }
          return byKey;
        });
    Future<Map<Integer, SectionNotes>> sectionNotes = notes.effective(date);
    return answers.compose(byKey -> sectionNotes.map(bySection -> {
      Map<String, JsonObject> current = new LinkedHashMap<>();
      registry.tables().forEach(table -> current.put(table.id(), byKey.get(table.id() + "@" + date)));
      return BulletinComposer.compose(settings, window, registry, current,
          Trend.of(registry, weeks, (table, week) -> byKey.get(table + "@" + week)), bySection);
    }));
  }

  private static JsonObject ranking(String table, LocalDate week, boolean changes) {
    return new JsonObject().put("table", table).put("week", week.toString()).put("changes", changes);
  }

  private static void reply(Message<JsonObject> message, DocumentFormat format, Buffer body) {
    message.reply(body, new DeliveryOptions().addHeader(Addresses.CONTENT_TYPE, format.contentType()));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw ServiceFailure.badRequest("'" + text + "' is not a bulletin date of the form YYYY-MM-DD");
    }
  }

  /** Every instance keeps a timer; the PostgreSQL claim lets only one of them build each draft. */
  private void scheduleDraft() {
    Instant next = schedule.next(Instant.now()).toInstant();
    long delay = Math.max(1, Duration.between(Instant.now(), next).toMillis());
    timer = vertx.setTimer(delay, id -> {
      LocalDate day = next.atZone(schedule.zone()).toLocalDate();
      archive.claimDraft(day, instance)
          .compose(claimed -> claimed ? live(day).compose(content -> archive.saveDraft(day, content, DRAFT_STATUS)).map(true) : Future.succeededFuture(false))
          .onSuccess(built -> LOG.info(built ? "built the draft bulletin of {}" : "another instance builds the draft of {}", day))
          .onFailure(failure -> LOG.error("building the draft bulletin of {} failed", day, failure))
          .onComplete(x -> scheduleDraft());
    });
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return pool.close();
  }
}
