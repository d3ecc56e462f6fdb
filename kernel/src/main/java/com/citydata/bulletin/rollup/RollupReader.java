package com.citydata.bulletin.rollup;

import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.series.PointRow;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a window from the roll-ups at the latest boundary at or before its start plus the raw points from that
 * boundary on, so a ranking reads at most a few weeks of raw points however long the history; the figures are the
 * store's own. Missing boundaries are rolled forward a week at a time from the last valid one and kept, unless a
 * write reached back before them meanwhile. Anything it cannot answer this way it asks the store as before.
 */
public final class RollupReader implements TimeSeriesReader {
  private static final Logger LOG = LoggerFactory.getLogger(RollupReader.class);

  private final TimeSeriesReader store;
  private final RollupStore rollups;
  private final RollupGrid grid;
  private final Clock clock;
  /** Per measurement, the last roll-up lookup queued; the reader's verticle context runs them all. */
  private final Map<String, Future<?>> turns = new HashMap<>();

  public RollupReader(TimeSeriesReader store, Pool pool, WeekCalendar calendar, Clock clock) {
    this.store = store;
    this.rollups = new RollupStore(pool);
    this.grid = new RollupGrid(calendar);
    this.clock = clock;
  }

  @Override
  public Future<List<WindowRow>> window(WindowQuery query) {
    if (query.since().isPresent() || !eachGroupIsOneSeries(query)) {
      return store.window(query);
    }
    Instant atStart = grid.atOrBefore(query.start());
    Instant rollable = grid.newestRollable(clock.instant());
    Instant boundary = atStart.isAfter(rollable) ? rollable : atStart;
    return inTurn(query.schema(), () -> totalsAt(query.schema(), boundary))
        .compose(totals -> totals.isPresent() ? answer(query, boundary, totals.get()) : store.window(query))
        .recover(failure -> {
          LOG.warn("roll-ups of {} unavailable ({}); reading its whole history", query.schema().measurement(), failure.toString());
          return store.window(query);
        });
  }

  /**
   * One measurement's roll-ups are looked up (and extended) one reader at a time: a bulletin asks for dozens of windows
   * of one measurement at once, and readers extending side by side discarded each other's work (a commit changes the
   * generation the others read), so each went on to read the whole history. In turn, the second finds the first's.
   */
  private <T> Future<T> inTurn(SeriesSchema schema, java.util.function.Supplier<Future<T>> lookup) {
    Future<?> before = turns.getOrDefault(schema.measurement(), Future.succeededFuture());
    Future<T> mine = before.transform(ar -> lookup.get());
    turns.put(schema.measurement(), mine);
    return mine.andThen(ar -> turns.remove(schema.measurement(), mine));
  }

  /**
   * A row carries no time for its last values, so the last values of a group of several series could not be
   * chosen among theirs: such groups are read whole. Every ranking groups or filters by all the tags.
   */
  private static boolean eachGroupIsOneSeries(WindowQuery query) {
    Set<String> pinned = new HashSet<>(query.groupBy());
    pinned.addAll(query.filter().keySet());
    return pinned.containsAll(query.schema().tags());
  }

  /** Each series' totals at the boundary; empty when only later boundaries were ever rolled. */
  private Future<Optional<List<SeriesTotals>>> totalsAt(SeriesSchema schema, Instant boundary) {
    return rollups.snapshot(schema, boundary).compose(snapshot -> {
      Optional<Instant> base = snapshot.base(boundary);
      if (base.isPresent() && base.get().equals(boundary)) {
        return Future.succeededFuture(Optional.of(snapshot.rows()));
      }
      if (base.isPresent()) {
        return rollForward(schema, snapshot, base.get(), boundary).map(Optional::of);
      }
      if (snapshot.valid()) {
        return Future.succeededFuture(Optional.empty());
      }
      return rollFromScratch(schema, snapshot, boundary).map(Optional::of);
    });
  }

  /** The first roll-up after none was valid reads the whole history once, as every window did before. */
  private Future<List<SeriesTotals>> rollFromScratch(SeriesSchema schema, RollupStore.Snapshot snapshot, Instant boundary) {
    return store.window(WindowQuery.of(schema, schema.tags(), boundary, boundary)).compose(rows -> {
      List<SeriesTotals> totals = then(List.of(), rows);
      return keep(schema, snapshot, boundary, Optional.empty(), boundary, Map.of(boundary, totals)).map(totals);
    });
  }

  private Future<List<SeriesTotals>> rollForward(SeriesSchema schema, RollupStore.Snapshot snapshot, Instant base, Instant boundary) {
    Map<Instant, List<SeriesTotals>> rolled = new LinkedHashMap<>();
    return rollWeeks(schema, base, snapshot.rows(), boundary, rolled).compose(totals ->
        keep(schema, snapshot, snapshot.validFrom().orElseThrow(), Optional.of(base), boundary, rolled).map(totals));
  }

  /** Each boundary from the previous one's totals and the one week of raw points between them. */
  private Future<List<SeriesTotals>> rollWeeks(SeriesSchema schema, Instant from, List<SeriesTotals> totals, Instant to,
      Map<Instant, List<SeriesTotals>> rolled) {
    if (!from.isBefore(to)) {
      return Future.succeededFuture(totals);
    }
    Instant next = grid.next(from);
    return store.window(WindowQuery.of(schema, schema.tags(), from, next).withSince(from)).compose(week -> {
      List<SeriesTotals> nextTotals = then(totals, week);
      rolled.put(next, nextTotals);
      return rollWeeks(schema, next, nextTotals, to, rolled);
    });
  }

  /** Stored for later reads unless a write reached back meanwhile; this answer may use them either way. */
  private Future<Void> keep(SeriesSchema schema, RollupStore.Snapshot snapshot, Instant validFrom, Optional<Instant> keptUntil,
      Instant validUntil, Map<Instant, List<SeriesTotals>> rolled) {
    return rollups.commit(schema, snapshot.generation(), validFrom, keptUntil, validUntil, rolled)
        .transform(kept -> {
          if (kept.failed()) {
            LOG.warn("roll-ups of {} up to {} not stored: {}", schema.measurement(), validUntil, kept.cause().toString());
          } else if (!kept.result()) {
            LOG.info("roll-ups of {} up to {} discarded: the series changed while they were computed", schema.measurement(), validUntil);
          }
          return Future.succeededFuture();
        });
  }

  /** {@code earlier} followed by {@code rows}, read with every tag as a group. */
  private static List<SeriesTotals> then(List<SeriesTotals> earlier, List<WindowRow> rows) {
    Map<List<String>, SeriesTotals> bySeries = new LinkedHashMap<>();
    earlier.forEach(totals -> bySeries.put(totals.tags(), totals));
    for (WindowRow row : rows) {
      SeriesTotals later = SeriesTotals.of(row.tags(), row);
      bySeries.merge(row.tags(), later, SeriesTotals::then);
    }
    return new ArrayList<>(bySeries.values());
  }

  /** The query's rows: each series' totals at the boundary with what it read from there on. */
  private Future<List<WindowRow>> answer(WindowQuery query, Instant boundary, List<SeriesTotals> totals) {
    SeriesSchema schema = query.schema();
    return store.window(query.withSince(boundary)).map(raw -> {
      Map<List<String>, WindowRow> rawByGroup = new LinkedHashMap<>();
      raw.forEach(row -> rawByGroup.put(row.tags(), row));
      List<WindowRow> rows = new ArrayList<>();
      for (SeriesTotals series : totals) {
        if (query.filter().entrySet().stream().allMatch(e -> e.getValue().equals(tag(schema, series, e.getKey())))) {
          List<String> group = query.groupBy().stream().map(tag -> tag(schema, series, tag)).toList();
          rows.add(series.answer(group, schema, rawByGroup.remove(group)));
        }
      }
      // Series that began after the boundary: what was read is all there is.
      rows.addAll(rawByGroup.values());
      return rows;
    });
  }

  private static String tag(SeriesSchema schema, SeriesTotals series, String tag) {
    return series.tags().get(schema.tags().indexOf(tag));
  }

  @Override
  public Future<List<PointRow>> points(SeriesSchema schema, Instant start, Instant end) {
    return store.points(schema, start, end);
  }

  @Override
  public Future<Void> close() {
    return store.close();
  }
}
