package com.citydata.bulletin.ingest.service;

import com.citydata.bulletin.balances.OpeningBalance;
import com.citydata.bulletin.balances.OpeningBalanceStore;
import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.IngestRequest;
import com.citydata.bulletin.bus.Messages;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.catalog.CatalogCache;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.db.PgRecordStore;
import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.family.Batch;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.UnitScope;
import com.citydata.bulletin.ingest.balances.OpeningBalanceRules;
import com.citydata.bulletin.ingest.sheets.SheetPoints;
import com.citydata.bulletin.ingest.sheets.SheetRows;
import com.citydata.bulletin.ingest.sheets.SheetTemplate;
import com.citydata.bulletin.rollup.RollupInvalidatingWriter;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.rollup.RollupInvalidation;
import com.citydata.bulletin.spool.SpoolingWriter;
import com.citydata.bulletin.storage.TimeSeriesWriter;
import com.citydata.bulletin.timeseries.TimeSeriesStore;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The ingest service of one family: takes the points the gateway accepted, has the family check them against the
 * catalog and writes them all or none, to the time-series store or to PostgreSQL as the family's storage says.
 */
public final class IngestVerticle extends VerticleBase {
  private final Family family;
  /** How long a member that missed a catalog change may go on with its copy. */
  private static final Duration CATALOG_MAX_AGE = Duration.ofSeconds(30);
  private Pool pool;
  private CatalogCache catalog;
  private SpoolingWriter writer;
  /** The spooling writer, withdrawing the roll-ups a batch reaches back into before it is acknowledged. */
  private TimeSeriesWriter acknowledging;
  private PgRecordStore records;
  private OpeningBalanceStore balances;
  private ZoneId zone;
  private Duration deadline;

  public IngestVerticle(Family family) {
    this.family = family;
  }

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    zone = config.timezone();
    deadline = config.storeDeadline();
    pool = PgDatabase.pool(vertx, config);
    catalog = new CatalogCache(vertx, new CatalogRepository(pool), CATALOG_MAX_AGE);
    records = new PgRecordStore(pool);
    balances = new OpeningBalanceStore(pool);
    Future<Void> storeReady = Future.succeededFuture();
    if (family.series().isPresent()) {
      SpoolingWriter.Settings settings = new SpoolingWriter.Settings(deadline, config.spoolMaxBytes(),
          config.storeMaxPendingWrites(), deadline);
      RollupInvalidation invalidation = TimeSeriesStore.invalidation(config, pool);
      storeReady = SpoolingWriter.open(vertx, TimeSeriesStore.writer(vertx, config, invalidation),
          config.dataDir().resolve("spool").resolve(family.name()), settings).map(w -> {
            writer = w;
            acknowledging = RollupInvalidatingWriter.before(w, invalidation, deadline);
            return null;
          });
    }
    Future<Void> templates = family instanceof SeriesFamily
        ? Future.all(vertx.eventBus().<JsonObject>consumer(Addresses.ingestTemplate(family.name()), this::template).completion(),
            vertx.eventBus().<JsonObject>consumer(Addresses.openingBalances(family.name()), this::balances).completion()).mapEmpty()
        : Future.succeededFuture();
    return storeReady.compose(v -> Future.all(catalog.start(),
        vertx.eventBus().consumer(Addresses.ingest(family.name()), this::ingest).completion(),
        vertx.eventBus().consumer(Addresses.ingestStatus(family.name()), this::status).completion(), templates));
  }

  /** The store this family writes to, as its writer sees it; a family kept in PostgreSQL has no store of its own. */
  private void status(Message<JsonObject> message) {
    if (writer == null) {
      message.reply(new JsonObject().put("store", "postgresql"));
      return;
    }
    JsonObject status = writer.status();
    if (writer.storeDown()) {
      message.reply(status);
      return;
    }
    writer.ping().onComplete(ar -> message.reply(status.put("store", ar.succeeded() ? "up" : "down")));
  }

  /** Points, a JSON body, a file or line protocol, checked whole by the family against the catalog, then stored all or none. */
  private void ingest(Message<IngestRequest> message) {
    IngestRequest request = message.body();
    Optional<LocalDate> day = Optional.ofNullable(request.day()).map(LocalDate::parse);
    UnitScope scope = new UnitScope(request.units());
    // PostgreSQL answering late gets a 503 within the deadline; the batch is dropped before anything is written.
    catalog.get().timeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(ServiceFailure.unavailable("PostgreSQL did not answer: " + describe(failure), deadline)))
        .compose(units -> {
          IngestContext context = new IngestContext(units, Instant.now(), zone, day, scope);
          return switch (request.kind()) {
            case POINTS -> Future.succeededFuture(family.parse(request.points(), context));
            case JSON -> Future.succeededFuture(json(request.body(), context));
            // Unpacking a workbook takes tens of milliseconds: not on the event loop.
            case FILE -> vertx.executeBlocking(() -> file(request, context), false);
            case LINES -> Future.succeededFuture(lines(request, context));
          };
        })
        .compose(batch -> store(batch).map(batch.size()))
        .onSuccess(accepted -> message.reply(new JsonObject().put("accepted", accepted)))
        .onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  /** The gateway streams only time-series families' bodies; the others' it parsed and checked against their schema. */
  private Batch json(Buffer body, IngestContext context) {
    if (!(family instanceof SeriesFamily series)) {
      throw new IllegalStateException(family.name() + " is not a time-series family; its points come parsed");
    }
    return series.parse(body, context);
  }

  /**
   * A file: for a time-series family a spreadsheet whose rows become its points, checked by the family as JSON points
   * are, every problem named by the sheet's row and column; any other family reads its own files.
   */
  private Batch file(IngestRequest request, IngestContext context) {
    if (!(family instanceof SeriesFamily series)) {
      return family.parseFile(request.body().getBytes(), request.mediaType(), context);
    }
    SheetPoints.Parsed parsed = SheetPoints.read(SheetRows.read(request.body().getBytes(), request.mediaType()), series.point(), zone);
    try {
      return series.parse(parsed.points(), context);
    } catch (InvalidRequestException invalid) {
      throw SheetPoints.onCells(invalid, parsed);
    }
  }

  /**
   * A family's spreadsheet to fill in ({"format": "xlsx" or "csv", "sample": a point}), the catalog's units in its
   * drop-down; the reply is the file, its media type in a header.
   */
  private void template(Message<JsonObject> message) {
    SeriesFamily series = (SeriesFamily) family;
    String format = message.body().getString("format");
    JsonObject sample = message.body().getJsonObject("sample", new JsonObject());
    catalog.get().compose(units -> vertx.executeBlocking(() -> format.equals("csv") ? SheetTemplate.csv(series.point(), sample)
            : SheetTemplate.xlsx(family.title(), series.point(), units.units().stream().map(u -> u.name()).toList(), sample), false))
        .onSuccess(bytes -> message.reply(Buffer.buffer(bytes), new DeliveryOptions().addHeader(Addresses.CONTENT_TYPE,
            format.equals("csv") ? SheetRows.CSV + "; charset=utf-8" : SheetRows.XLSX)))
        .onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  /**
   * The family's opening balances: {"op":"put","date","balances","actor"} sets them, all or none, answering
   * {"date","stored"}; {"op":"get"} lists them as {"balances":[{"date", the tags and totals by their JSON names}]}.
   */
  private void balances(Message<JsonObject> message) {
    PointShape shape = ((SeriesFamily) family).point();
    JsonObject body = message.body();
    Future<JsonObject> answer = "put".equals(body.getString("op"))
        ? catalog.get().compose(units -> vertx.executeBlocking(() -> readBalances(body, shape, units), false))
            .compose(read -> balances.put(shape.measurement(), read, Messages.actor(body.getString("actor")))
                .map(v -> new JsonObject().put("date", read.get(0).asOf().toString()).put("stored", read.size())))
        : balances.list(shape.measurement()).map(list -> new JsonObject().put("balances", new JsonArray(list.stream().map(b -> {
          JsonObject json = new JsonObject().put("date", b.asOf().toString());
          shape.fields().forEach(f -> {
            if (b.tags().containsKey(f.stored())) {
              json.put(f.name(), b.tags().get(f.stored()));
            } else if (b.counters().containsKey(f.stored())) {
              json.put(f.name(), b.counters().get(f.stored()));
            }
          });
          return json;
        }).toList())));
    answer.onSuccess(message::reply).onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  /**
   * The balances a request carries: its JSON body, or a spreadsheet's rows of the tags and counted fields, each
   * problem of which is then named by its cell.
   */
  private List<OpeningBalance> readBalances(JsonObject message, PointShape shape, Catalog units) {
    if (!message.containsKey("file")) {
      return OpeningBalanceRules.read(message.getJsonObject("body"), shape, units);
    }
    List<PointField> fields = shape.fields().stream().filter(f -> f.role() == PointField.Role.TAG || f.role() == PointField.Role.COUNTER).toList();
    SheetPoints.Parsed parsed = SheetPoints.read(SheetRows.read(message.getBinary("file"), message.getString("media_type")), fields, zone);
    try {
      return OpeningBalanceRules.read(new JsonObject().put("date", message.getString("date")).put("balances", parsed.points()), shape, units);
    } catch (InvalidRequestException invalid) {
      throw SheetPoints.onCells(invalid, parsed);
    }
  }

  /** Line protocol becomes the family's points, checked as JSON points are; an error names the body's line. */
  private Batch lines(IngestRequest request, IngestContext context) {
    String body;
    try {
      body = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(request.body().getBytes())).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidRequestException("the body is not UTF-8", List.of(new FieldError(null, "", "line protocol is UTF-8 text")));
    }
    LineProtocolPoints.Parsed parsed = LineProtocolPoints.parse(body, family.name(), request.precision());
    try {
      return family.parse(parsed.points(), context);
    } catch (InvalidRequestException invalid) {
      throw LineProtocolPoints.onLines(invalid, parsed.lines());
    }
  }

  private Future<Void> store(Batch batch) {
    if (batch instanceof Batch.Series series) {
      return acknowledging.write(series.lines());
    }
    Batch.Records rows = (Batch.Records) batch;
    // One transaction: when PostgreSQL fails, nothing of the batch is kept, and 503 says so.
    return records.store(family.name(), rows.records(), rows.replacedDays()).recover(failure ->
        failure instanceof ServiceFailure || failure instanceof InvalidRequestException ? Future.failedFuture(failure)
            : Future.failedFuture(ServiceFailure.unavailable("PostgreSQL did not store the batch: " + describe(failure), deadline)));
  }

  private static String describe(Throwable failure) {
    return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
  }

  @Override
  public Future<?> stop() {
    Future<Void> closed = writer == null ? Future.succeededFuture() : writer.close();
    return closed.eventually(pool::close);
  }
}
