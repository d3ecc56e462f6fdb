package com.citydata.bulletin.ranking;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Changes against the previous week. A row's rank is its position in the whole week's order (not only the printed
 * top ten), so a unit climbing into the top ten shows how far it came. A key with no figures last week is "new".
 * Percentages are (now − before) / before × 100, to two decimals, null when last week had nothing.
 */
public final class WeekOverWeek {
  private final Map<String, Double> amounts;
  private final Map<String, Integer> ranks;
  private final double total;

  private WeekOverWeek(Map<String, Double> amounts, Map<String, Integer> ranks, double total) {
    this.amounts = amounts;
    this.ranks = ranks;
    this.total = total;
  }

  /**
   * @param ordered last week's ranked figures in ranking order
   * @param total   last week's total amount, over the same units as this week's total
   */
  public static <T> WeekOverWeek against(List<T> ordered, Function<T, String> key, ToDoubleFunction<T> amount, double total) {
    Map<String, Double> amounts = new HashMap<>();
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      T item = ordered.get(i);
      amounts.putIfAbsent(key.apply(item), amount.applyAsDouble(item));
      ranks.putIfAbsent(key.apply(item), i + 1);
    }
    return new WeekOverWeek(amounts, ranks, total);
  }

  /** When the total covers exactly the ranked figures. */
  public static <T> WeekOverWeek against(List<T> ordered, Function<T, String> key, ToDoubleFunction<T> amount) {
    return against(ordered, key, amount, ordered.stream().mapToDouble(amount).sum());
  }

  /** Nothing to compare with: every row is new. */
  public static WeekOverWeek none() {
    return new WeekOverWeek(Map.of(), Map.of(), 0);
  }

  /** The change of one row; {@code field} names the amount compared, e.g. "weekly". */
  public JsonObject row(String key, String field, double amount, int rank) {
    Double before = amounts.get(key);
    if (before == null) {
      return new JsonObject().put("new", true);
    }
    return new JsonObject().put("new", false)
        .put(field, difference(amount, before))
        .put("percent", percent(amount, before))
        .put("previous_rank", ranks.get(key))
        .put("rank", ranks.get(key) - rank);
  }

  /** The change of the table's total amount. */
  public JsonObject total(String field, double amount) {
    return new JsonObject().put(field, difference(amount, total)).put("percent", percent(amount, total));
  }

  static BigDecimal percent(double amount, double before) {
    if (before == 0) {
      return null;
    }
    return BigDecimal.valueOf((amount - before) * 100 / before).setScale(2, RoundingMode.HALF_UP);
  }

  private static Object difference(double amount, double before) {
    double difference = amount - before;
    return difference == Math.rint(difference) && Math.abs(difference) < 1e15 ? (Object) (long) difference : (Object) difference;
  }
}
