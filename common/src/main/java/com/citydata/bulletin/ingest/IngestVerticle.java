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
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

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

  /**
   * {"points": [...]} or {"file": bytes, "media_type": "..."}, with "day" when the path names one, and "units", those
   * the collector may post for (empty: every unit).
   */
  private void ingest(Message<JsonObject> message) {
    JsonObject body = message.body();
    Optional<LocalDate> day = Optional.ofNullable(body.getString("day")).map(LocalDate::parse);
    UnitScope scope = new UnitScope(Set.copyOf(body.getJsonArray("units", new JsonArray()).stream().map(String.class::cast).toList()));
    catalog.load()
        .map(units -> {
          IngestContext context = new IngestContext(units, Instant.now(), zone, day, scope);
          return body.containsKey("file") ? family.parseFile(body.getBinary("file"), body.getString("media_type"), context)
              : family.parse(body.getJsonArray("points"), context);
        })
        .compose(batch -> store(batch).map(batch.size()))
        .onSuccess(accepted -> message.reply(new JsonObject().put("accepted", accepted)))
        .onFailure(failure -> ServiceFailure.reply(message, failure));
  }

  private Future<Void> store(Batch batch) {
    if (batch instanceof Batch.Series series) {
      return writer.write(series.points());
    }
    Batch.Records rows = (Batch.Records) batch;
    return records.store(family.name(), rows.records(), rows.replacedDays());
  }

  @Override
  public Future<?> stop() {
    Future<Void> closed = writer == null ? Future.succeededFuture() : writer.close();
    return closed.eventually(pool::close);
  }
}
