package com.citydata.bulletin.ranking.service;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.Messages.RankingQuery;
import com.citydata.bulletin.bus.Messages.RankingBatch;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.db.PgRecordStore;
import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.timeseries.TimeSeriesStore;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rankings: answers ranking requests for every registered table ({"table": "...", "week": "YYYY-MM-DD" or absent
 * for the last complete week, "changes": false to leave out week-over-week changes}), one at a time or a bulletin's
 * batch; the families' own reads are {@link QueryVerticle}'s.
 */
public final class RankingVerticle extends VerticleBase {
  /** Tables of one batch computed at once: enough to overlap their store reads on a small machine. */
  private static final int TABLES_AT_ONCE = 4;

  private final FamilyRegistry registry = FamilyRegistry.installed();
  private Pool pool;
  private CatalogRepository catalog;
  private TimeSeriesReader reader;
  private PgRecordStore records;
  private WeekCalendar calendar;

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    calendar = new WeekCalendar(config.bulletinWeekday(), config.timezone());
    pool = PgDatabase.pool(vertx, config);
    catalog = new CatalogRepository(pool);
    records = new PgRecordStore(pool);
    reader = TimeSeriesStore.reader(vertx, config, pool);
    return Future.all(vertx.eventBus().<RankingQuery>consumer(Addresses.RANKING, this::rank).completion(),
        vertx.eventBus().<RankingBatch>consumer(Addresses.RANKING_BATCH, this::rankAll).completion());
  }

  private void rank(Message<RankingQuery> message) {
    catalog.load()
        .compose(units -> compute(message.body(), units))
        .onSuccess(message::reply)
        .onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  /**
   * A whole bulletin's tables: the catalog read once, the tables computed a few at a time, answered in order. All
   * fifty-odd at once held every table's rows and store reads together: with 500 units a 512 MiB heap ran out, and
   * the roll-ups' connections were all taken.
   */
  private void rankAll(Message<RankingBatch> message) {
    List<RankingQuery> requests = message.body().requests();
    catalog.load()
        .compose(units -> {
          List<Promise<JsonObject>> answers = new ArrayList<>();
          for (int i = 0; i < requests.size(); i++) {
            answers.add(Promise.promise());
          }
          int[] next = {0};
          for (int lane = 0; lane < Math.min(TABLES_AT_ONCE, requests.size()); lane++) {
            computeNext(requests, units, answers, next);
          }
          return Future.all(answers.stream().map(Promise::future).toList())
              .map(all -> new JsonObject().put("answers", new JsonArray(answers.stream().map(a -> a.future().result()).toList())));
        })
        .onSuccess(message::reply)
        .onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  /** One lane: computes the next table not yet taken, then the one after, until none is left or one fails. */
  private void computeNext(List<RankingQuery> requests, Catalog units, List<Promise<JsonObject>> answers, int[] next) {
    if (next[0] >= requests.size()) {
      return;
    }
    int index = next[0]++;
    compute(requests.get(index), units).onComplete(ar -> {
      answers.get(index).handle(ar);
      if (ar.succeeded()) {
        computeNext(requests, units, answers, next);
      }
    });
  }

  private Future<JsonObject> compute(RankingQuery request, Catalog units) {
    try {
      String name = request.table();
      RankingTable table = registry.table(name).orElseThrow(() -> ServiceFailure.notFound(
          "unknown ranking table '" + name + "'; known: " + String.join(", ", registry.tables().stream().map(RankingTable::id).toList())));
      WeekWindow window = window(request.week());
      return table.compute(new RankingRequest(window, units, reader, records, request.changes()));
    } catch (ServiceFailure failure) {
      return Future.failedFuture(failure);
    }
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
