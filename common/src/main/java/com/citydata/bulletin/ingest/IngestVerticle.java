package com.citydata.bulletin.ingest;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.ServiceFailure;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.storage.TimeSeriesStore;
import com.citydata.bulletin.storage.TimeSeriesWriter;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The ingest service of one family: takes the points the gateway accepted, checks them against the catalog and
 * writes them all or none. One family's verticle is a subclass naming its {@link IngestFamily}.
 */
public abstract class IngestVerticle extends VerticleBase {
  private final IngestFamily family;
  private Pool pool;
  private CatalogRepository catalog;
  private TimeSeriesWriter writer;
  private ZoneId zone;

  protected IngestVerticle(IngestFamily family) {
    this.family = family;
  }

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    zone = config.timezone();
    pool = PgDatabase.pool(vertx, config);
    catalog = new CatalogRepository(pool);
    writer = TimeSeriesStore.writer(vertx, config);
    MessageConsumer<JsonObject> consumer = vertx.eventBus().consumer(Addresses.ingest(family.name()), this::ingest);
    return consumer.completion();
  }

  private void ingest(Message<JsonObject> message) {
    catalog.load()
        .map(units -> family.toSeries(message.body().getJsonArray("points"), new IngestContext(units, Instant.now(), zone)))
        .compose(series -> writer.write(series).map(series.size()))
        .onSuccess(accepted -> message.reply(new JsonObject().put("accepted", accepted)))
        .onFailure(failure -> ServiceFailure.reply(message, failure));
  }

  @Override
  public Future<?> stop() {
    return writer.close().eventually(pool::close);
  }
}
