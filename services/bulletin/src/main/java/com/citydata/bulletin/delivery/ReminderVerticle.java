package com.citydata.bulletin.delivery;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.config.WeeklyTime;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.ServiceFailure;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The week's reminder: at REMINDER_TIME every instance asks the ranking service who is silent for the coming bulletin
 * day, and the first to claim the day queues the message for the subscriptions to reminders (none when nobody is
 * silent). An editor may send it before its time; either way it goes out once a bulletin day.
 */
public final class ReminderVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderVerticle.class);
  /** How soon a reminder the ranking service could not answer for is tried again, until its bulletin day is over. */
  private static final Duration RETRY = Duration.ofMinutes(1);

  private final String instance = UUID.randomUUID().toString();
  private Pool pool;
  private Reminders reminders;
  private WeeklyTime schedule;
  private DayOfWeek bulletinWeekday;
  private String baseUrl;
  private long timer = -1;

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    pool = PgDatabase.pool(vertx, config);
    reminders = new Reminders(pool);
    schedule = config.reminderTime();
    bulletinWeekday = config.bulletinWeekday();
    baseUrl = config.publicBaseUrl();
    scheduleNext();
    return vertx.eventBus().<JsonObject>consumer(Addresses.REMINDER_SEND, this::sendNow).completion();
  }

  /** An editor's "send it now": {"date"} → {"date","queued":true,"silent":[…]}, or 409 when it went out already. */
  private void sendNow(Message<JsonObject> message) {
    LocalDate day = LocalDate.parse(message.body().getString("date"));
    send(day).compose(notice -> notice.getBoolean("queued") ? Future.succeededFuture(notice)
            : reminders.queuedAt(day).compose(at -> Future.failedFuture(new ServiceFailure(409, "the reminder of " + day
                + " was queued already, at " + at.orElse("?") + "; it goes out once a bulletin day"))))
        .onSuccess(message::reply).onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  /** The day's reminder, queued if this instance claims the day first: {"date","queued","silent"}. */
  private Future<JsonObject> send(LocalDate day) {
    return BusRetry.<JsonObject>request(vertx, Addresses.REPORTING, new JsonObject().put("date", day.toString()), BusRetry.READ)
        .map(reply -> ReminderNotice.of(reply.body(), baseUrl))
        .compose(notice -> reminders.queue(day, instance, notice).map(queued -> new JsonObject().put("date", day.toString())
            .put("queued", queued).put("silent", notice.getJsonArray("silent"))));
  }

  private void scheduleNext() {
    Instant next = schedule.next(Instant.now()).toInstant();
    timer = vertx.setTimer(Math.max(1, Duration.between(Instant.now(), next).toMillis()), id -> {
      LocalDate day = next.atZone(schedule.zone()).toLocalDate().with(TemporalAdjusters.nextOrSame(bulletinWeekday));
      attempt(day, day.plusDays(1).atStartOfDay(schedule.zone()).toInstant());
      scheduleNext();
    });
  }

  private void attempt(LocalDate day, Instant giveUp) {
    send(day).onSuccess(result -> LOG.info(result.getBoolean("queued") ? "queued the reminder of {}: {}" : "another instance sent the reminder of {}",
            day, result.getJsonArray("silent")))
        .onFailure(failure -> {
          if (Instant.now().plus(RETRY).isBefore(giveUp)) {
            LOG.warn("the reminder of {} could not be prepared ({}); trying again in {}", day, failure.getMessage(), RETRY);
            vertx.setTimer(RETRY.toMillis(), id -> attempt(day, giveUp));
          } else {
            LOG.error("the reminder of {} was not sent: its bulletin day is over", day, failure);
          }
        });
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return pool.close();
  }
}
