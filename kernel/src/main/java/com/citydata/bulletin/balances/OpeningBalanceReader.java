package com.citydata.bulletin.balances;

import com.citydata.bulletin.series.PointRow;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reader whose cumulative figures start from the series' opening balances (see {@link OpeningBalances}): for a
 * window, the posts' rows, and for each instant a balance stands at, each series' posts up to it, which its balance
 * takes the place of. Without balances it is the reader it wraps.
 */
public final class OpeningBalanceReader implements TimeSeriesReader {
  private final TimeSeriesReader posts;
  private final OpeningBalanceStore balances;
  private final ZoneId zone;

  public OpeningBalanceReader(TimeSeriesReader posts, Pool pool, ZoneId zone) {
    this.posts = posts;
    this.balances = new OpeningBalanceStore(pool);
    this.zone = zone;
  }

  @Override
  public Future<List<WindowRow>> window(WindowQuery query) {
    return balances.list(query.schema().measurement()).compose(all -> {
      List<OpeningBalance> applying = OpeningBalances.applying(query, all, zone);
      if (applying.isEmpty()) {
        return posts.window(query);
      }
      Map<Instant, List<OpeningBalance>> byInstant = new TreeMap<>();
      applying.forEach(b -> byInstant.computeIfAbsent(b.boundary(zone), i -> new ArrayList<>()).add(b));
      Map<String, WindowRow> atBalance = new HashMap<>();
      Future<Void> before = Future.succeededFuture();
      for (Instant instant : byInstant.keySet()) {
        before = before.compose(v -> posts.window(WindowQuery.of(query.schema(), query.schema().tags(), instant, instant)).map(rows -> {
          for (OpeningBalance balance : byInstant.get(instant)) {
            rows.stream().filter(row -> sameSeries(query.schema(), row, balance)).findFirst().ifPresent(row -> atBalance.put(balance.series(), row));
          }
          return null;
        }));
      }
      return before.compose(v -> posts.window(query)).map(rows -> OpeningBalances.apply(query, rows, applying, atBalance, zone));
    });
  }

  private static boolean sameSeries(SeriesSchema schema, WindowRow row, OpeningBalance balance) {
    for (int i = 0; i < schema.tags().size(); i++) {
      if (!row.tag(i).equals(balance.tags().get(schema.tags().get(i)))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Future<List<PointRow>> points(SeriesSchema schema, Instant start, Instant end) {
    return posts.points(schema, start, end);
  }

  @Override
  public Future<Void> close() {
    return posts.close();
  }
}
