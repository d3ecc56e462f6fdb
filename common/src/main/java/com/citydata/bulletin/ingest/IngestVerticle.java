package com.citydata.bulletin.ingest;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.ServiceFailure;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.family.Batch;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.records.RecordStore;
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
 * The ingest service of one family: takes the points the gateway accepted, has the family check them against the
 * catalog and writes them all or none, to the time-series store or to PostgreSQL as the family's storage says.
 */
public final class IngestVerticle extends VerticleBase {
  private final Family family;
  private Pool pool;
  private CatalogRepository catalog;
  private TimeSeriesWriter writer;
  private RecordStore records;
  private ZoneId zone;

  public IngestVerticle(Family family) {
    this.family = family;
  }

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    zone = config.timezone();
    pool = PgDatabase.pool(vertx, config);
    catalog = new CatalogRepository(pool);
    records = new RecordStore(pool);
    if (family.series().isPresent()) {
      writer = TimeSeriesStore.writer(vertx, config);
    }
    MessageConsumer<JsonObject> consumer = vertx.eventBus().consumer(Addresses.ingest(family.name()), this::ingest);
    return consumer.completion();
  }

  private void ingest(Message<JsonObject> message) {
    catalog.load()
        .map(units -> family.parse(message.body().getJsonArray("points"), new IngestContext(units, Instant.now(), zone)))
        .compose(batch -> store(batch).map(batch.size()))
        .onSuccess(accepted -> message.reply(new JsonObject().put("accepted", accepted)))
        .onFailure(failure -> ServiceFailure.reply(message, failure));
  }

  private Future<Void> store(Batch batch) {
    if (batch instanceof Batch.Series series) {
      return writer.write(series.points());
    }
    return records.upsert(((Batch.Records) batch).records());
  }

  @Override
  public Future<?> stop() {
    Future<Void> closed = writer == null ? Future.succeededFuture() : writer.close();
    return closed.eventually(pool::close);
  }
}
