package com.citydata.bulletin.ranking.reporting;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.timeseries.TimeSeriesStore;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.List;

/**
 * Answers {@link Addresses#REPORTING} with a bulletin day's reporting status ({@code {"date": "YYYY-MM-DD"}}): for
 * every family whose points name a catalog unit, who reported in the window and who has gone silent. It reads the
 * store bare, not the roll-ups: the question is when each unit last posted, not what the figures sum to.
 */
public final class ReportingVerticle extends VerticleBase {
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
    return vertx.eventBus().<JsonObject>consumer(Addresses.REPORTING, this::status).completion();
  }

  private void status(Message<JsonObject> message) {
    WeekWindow window = calendar.windowEndingOn(LocalDate.parse(message.body().getString("date")));
    catalog.load()
        .compose(units -> families(window, units))
        .onSuccess(families -> message.reply(new JsonObject().put("date", window.bulletinDay().toString())
            .put("window", new JsonObject().put("from", window.start().toString()).put("to", window.end().toString()))
            .put("families", families)))
        .onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  private Future<JsonArray> families(WeekWindow window, Catalog units) {
    List<String> order = units.units().stream().map(u -> u.name()).toList();
    List<Future<JsonObject>> statuses = FamilyRegistry.installed().families().stream()
        .filter(f -> f.series().flatMap(SeriesSchema::reporter).isPresent())
        .map(family -> status(family, window, order))
        .toList();
    return Future.all(statuses).map(all -> new JsonArray(statuses.stream().map(Future::result).map(Object.class::cast).toList()));
  }

  private Future<JsonObject> status(Family family, WeekWindow window, List<String> order) {
    SeriesSchema schema = family.series().orElseThrow();
    return reader.points(schema, ReportingStatus.readFrom(window), window.end())
        .map(points -> ReportingStatus.of(family.name(), schema.reporter().orElseThrow(), points, window, order).toJson()
            .put("title", family.title()));
  }

  @Override
  public Future<?> stop() {
    return reader.close().eventually(pool::close);
  }
}
