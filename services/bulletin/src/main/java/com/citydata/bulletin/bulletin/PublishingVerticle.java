package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.DocumentFormat;
import com.citydata.bulletin.bus.Messages.Publish;
import com.citydata.bulletin.bus.Messages;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.config.WeeklyTime;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishing: freezes a week's bulletin as its next revision, and builds the draft every bulletin day. */
public final class PublishingVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(PublishingVerticle.class);

  private final String instance = UUID.randomUUID().toString();
  private Pool pool;
  private BulletinArchive archive;
  private LiveBulletin live;
  private WeeklyTime schedule;
  private long timer = -1;

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    BulletinSettings settings = BulletinSettings.from(config);
    schedule = new WeeklyTime(config.bulletinWeekday(), settings.draftTime(), config.timezone());
    pool = PgDatabase.pool(vertx, config);
    archive = new BulletinArchive(pool, config.publicBaseUrl());
    live = new LiveBulletin(vertx, FamilyRegistry.installed(), settings,
        new WeekCalendar(config.bulletinWeekday(), config.timezone()), new BulletinNotes(pool));
    scheduleDraft();
    return vertx.eventBus().<Publish>consumer(Addresses.BULLETIN_PUBLISH, this::publish).completion();
  }

  private void publish(Message<Publish> message) {
    Future.succeededFuture(message.body()).compose(r -> {
      LocalDate date = LiveBulletin.date(r.date());
      return live.compose(date).compose(content -> vertx.executeBlocking(() -> {
        Map<DocumentFormat, byte[]> documents = new EnumMap<>(DocumentFormat.class);
        for (DocumentFormat format : List.of(DocumentFormat.HTML, DocumentFormat.MARKDOWN, DocumentFormat.DOCX, DocumentFormat.PDF)) {
          documents.put(format, Documents.render(format, content, null));
        }
        return documents;
      }).compose(documents -> archive.publish(date, Messages.actor(r.actor()), content, documents)));
    }).onSuccess(message::reply).onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  /** Every instance keeps a timer; the PostgreSQL claim lets only one of them build each draft. */
  private void scheduleDraft() {
    Instant next = schedule.next(Instant.now()).toInstant();
    long delay = Math.max(1, Duration.between(Instant.now(), next).toMillis());
    timer = vertx.setTimer(delay, id -> {
      LocalDate day = next.atZone(schedule.zone()).toLocalDate();
      archive.claimDraft(day, instance)
          .compose(claimed -> claimed ? live.compose(day).compose(content -> archive.saveDraft(day, content, LiveBulletin.DRAFT_STATUS))
              .map(true) : Future.succeededFuture(false))
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
