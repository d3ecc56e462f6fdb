package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.Messages.BulletinQuery;
import com.citydata.bulletin.bus.DocumentFormat;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The bulletin's reads: a week's bulletin in the format asked for (a published revision, or the live one), the list
 * of published bulletins, and the archive page.
 */
public final class BulletinVerticle extends VerticleBase {
  private Pool pool;
  private BulletinArchive archive;
  private BulletinSettings settings;
  private WeekCalendar calendar;
  private LiveBulletin live;

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    settings = BulletinSettings.from(config);
    calendar = new WeekCalendar(config.bulletinWeekday(), config.timezone());
    pool = PgDatabase.pool(vertx, config);
    archive = new BulletinArchive(pool, config.publicBaseUrl());
    live = new LiveBulletin(vertx, FamilyRegistry.installed(), settings, calendar, new BulletinNotes(pool));
    // Java2D copies a font it creates to a temporary file, and ImageIO's file cache adds a shutdown hook on first use;
    // both are refused once the JVM is stopping, so a first render that came in just before a SIGTERM failed. The
    // charts' font is created now, and PNGs are encoded in memory (they are small), so the drain can finish renders.
    Future<Object> ready = vertx.executeBlocking(() -> {
      ImageIO.setUseCache(false);
      return Fonts.awt(java.awt.Font.PLAIN, 12);
    });
    return Future.all(List.of(ready,
        vertx.eventBus().<BulletinQuery>consumer(Addresses.BULLETIN_GET, this::get).completion(),
        vertx.eventBus().consumer(Addresses.BULLETIN_LIST,
            m -> archive.list().onSuccess(m::reply).onFailure(f -> ServiceReplies.reply(m, f))).completion(),
        vertx.eventBus().consumer(Addresses.BULLETIN_ARCHIVE_PAGE, this::archivePage).completion()));
  }

  private void get(Message<BulletinQuery> message) {
    BulletinQuery request = message.body();
    LocalDate date;
    DocumentFormat format;
    try {
      date = LiveBulletin.date(request.date());
      format = DocumentFormat.named(request.format() == null ? "json" : request.format())
          .orElseThrow(() -> ServiceFailure.badRequest("unknown format " + request.format()));
    } catch (ServiceFailure invalid) {
      ServiceReplies.reply(message, invalid);
      return;
    }
    Integer revision = request.revision();
    Future<Buffer> body = request.draft() ? renderLive(date, format)
        : archive.find(date, revision).compose(found -> {
          if (found.isPresent()) {
            return Future.succeededFuture(found.get().get(format));
          }
          if (revision != null) {
            return Future.failedFuture(ServiceFailure.notFound("bulletin " + date + " has no revision " + revision));
          }
          if (request.published()) {
            return Future.failedFuture(ServiceFailure.notFound("the bulletin of " + date + " is not published"));
          }
          return renderLive(date, format);
        });
    body.onSuccess(document -> message.reply(document, new DeliveryOptions().addHeader(Addresses.CONTENT_TYPE, format.contentType())))
        .onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  private void archivePage(Message<Object> message) {
    archive.list().compose(list -> vertx.executeBlocking(() -> ArchivePage.render(settings, list, calendar.zone())))
        .onSuccess(page -> message.reply(Buffer.buffer(page), new DeliveryOptions().addHeader(Addresses.CONTENT_TYPE, "text/html; charset=utf-8")))
        .onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  private Future<Buffer> renderLive(LocalDate date, DocumentFormat format) {
    return live.compose(date).compose(content -> vertx.executeBlocking(() -> Buffer.buffer(Documents.render(format,
        content.put("status", "draft"), format == DocumentFormat.JSON ? null : LiveBulletin.DRAFT_STATUS))));
  }

  @Override
  public Future<?> stop() {
    return pool.close();
  }
}
