package com.citydata.bulletin.balances;

import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How opening balances enter a window: a series whose balance stands at or before the window's end counts its
 * balance in place of what was posted up to the balance, so its cumulative figures are the balance plus what came
 * after; its weekly figures, last values and first time are the posts' alone. A group of a query sums its series.
 */
public final class OpeningBalances {
  private OpeningBalances() {
  }

  /** The balances that count in a window of this query: standing by its end, and of series its filter keeps. */
  public static List<OpeningBalance> applying(WindowQuery query, List<OpeningBalance> balances, ZoneId zone) {
    return balances.stream().filter(b -> !b.boundary(zone).isAfter(query.end()))
        .filter(b -> query.filter().entrySet().stream().allMatch(f -> f.getValue().equals(b.tags().get(f.getKey())))).toList();
  }

  /**
   * @param rows     the window's rows from the posts
   * @param atBalance for each balance (by its series), the series' row from the posts up to the balance's instant, if any
   */
  public static List<WindowRow> apply(WindowQuery query, List<WindowRow> rows, List<OpeningBalance> balances,
      Map<String, WindowRow> atBalance, ZoneId zone) {
    Map<List<String>, WindowRow> byGroup = new LinkedHashMap<>();
    rows.forEach(row -> byGroup.put(row.tags(), row));
    for (OpeningBalance balance : balances) {
      List<String> group = query.groupBy().stream().map(tag -> balance.tags().getOrDefault(tag, "")).toList();
      WindowRow row = byGroup.get(group);
      WindowRow before = atBalance.get(balance.series());
      Map<String, Long> cumulative = new HashMap<>(row == null ? Map.of() : row.cumulative());
      for (String counter : query.schema().fieldsOf(SeriesSchema.Kind.COUNTER)) {
        long posted = before == null ? 0 : before.cumulative(counter);
        cumulative.merge(counter, balance.counters().getOrDefault(counter, 0L) - posted, Long::sum);
      }
      byGroup.put(group, row == null
          ? new WindowRow(group, cumulative, Map.of(), Map.of(), balance.boundary(zone))
          : new WindowRow(row.tags(), cumulative, row.weekly(), row.last(), row.first()));
    }
    return new ArrayList<>(byGroup.values());
  }
}
