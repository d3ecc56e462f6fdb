package com.citydata.bulletin.ranking.service;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.Messages.FamilyQuery;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.db.PgRecordStore;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.family.Query;
import com.citydata.bulletin.family.QueryContext;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.timeseries.TimeSeriesStore;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.sqlclient.Pool;

/** One family's own read ({"parameters": {...}}), one verticle per read, as each family's ingest is one. */
public final class QueryVerticle extends VerticleBase {
  private final Query query;
  private Pool pool;
  private CatalogRepository catalog;
  private TimeSeriesReader reader;
  private PgRecordStore records;
  private WeekCalendar calendar;

  public QueryVerticle(Query query) {
    this.query = query;
  }

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    calendar = new WeekCalendar(config.bulletinWeekday(), config.timezone());
    pool = PgDatabase.pool(vertx, config);
    catalog = new CatalogRepository(pool);
    records = new PgRecordStore(pool);
    reader = TimeSeriesStore.reader(vertx, config, pool);
    return vertx.eventBus().<FamilyQuery>consumer(Addresses.query(query.operationId()), this::answer).completion();
  }

  private void answer(Message<FamilyQuery> message) {
    catalog.load()
        .compose(units -> query.answer(message.body().parameters(),
            new QueryContext(units, calendar, reader, records)))
        .onSuccess(message::reply)
        .onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  @Override
  public Future<?> stop() {
    return reader.close().eventually(pool::close);
  }
}
