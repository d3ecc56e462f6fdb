package com.citydata.bulletin.ranking.service;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.ServiceFailure;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.storage.TimeSeriesReader;
import com.citydata.bulletin.storage.TimeSeriesStore;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Answers ranking requests: {"table": "...", "week": "YYYY-MM-DD" or absent for the last complete week,
 * "changes": false to leave out week-over-week changes (default true)}.
 */
public final class RankingVerticle extends VerticleBase {
  private final RankingTables tables = new RankingTables();
  private Pool pool;
  private CatalogRepository catalog;
  private TimeSeriesReader reader;
  private WeekCalendar calendar;

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    calendar = new WeekCalendar(config.bulletinWeekday(), config.timezone());
    pool = PgDatabase.pool(vertx, config);
    catalog = new CatalogRepository(pool);
    reader = TimeSeriesStore.reader(vertx, config);
    return vertx.eventBus().consumer(Addresses.RANKING, this::rank).completion();
  }

  private void rank(Message<JsonObject> message) {
    Future.succeededFuture(message.body())
        .compose(request -> {
          String name = request.getString("table");
          RankingTables.Table table = tables.find(name).orElseThrow(() -> ServiceFailure.notFound(
              "unknown ranking table '" + name + "'; known: " + String.join(", ", tables.names())));
          WeekWindow window = window(request.getString("week"));
          boolean changes = request.getBoolean("changes", true);
          return catalog.load().compose(units -> table.compute(window, units, reader, changes));
        })
        .onSuccess(message::reply)
        .onFailure(failure -> ServiceFailure.reply(message, failure));
  }

  private WeekWindow window(String week) {
    if (week == null) {
      return calendar.lastCompleteWindow(Instant.now());
    }
    try {
      return calendar.windowEndingOn(LocalDate.parse(week));
    } catch (DateTimeParseException e) {
      throw ServiceFailure.badRequest("week '" + week + "' is not a date of the form YYYY-MM-DD");
    }
  }

  @Override
  public Future<?> stop() {
    return reader.close().eventually(pool::close);
  }
}
