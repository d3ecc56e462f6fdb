package com.citydata.bulletin.ranking;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A table of progress against a plan (systems or matters connected of those planned): every unit by its rate,
 * connected over planned (ties: catalogue order), and the total's rate over the summed figures.
 */
public final class ProgressTable {
  /** One unit's plan and progress as of the window's end; {@code extra} is connected beyond the plan. */
  public record Progress(String unit, long planned, long connected, long extra) {
    public double rate() {
      return ProgressTable.rate(connected, planned);
    }
  }

  private ProgressTable() {
  }

  public static double rate(long connected, long planned) {
    return planned == 0 ? 0.0 : (double) connected / planned;
  }

  public static JsonObject table(String name, WeekWindow window, Catalog catalog, Collection<Progress> progress) {
    List<Progress> ranked = new ArrayList<>(progress);
    ranked.sort(Comparator.comparingDouble(Progress::rate).reversed().thenComparingInt(p -> catalog.positionOf(p.unit()))
        .thenComparing(Progress::unit));
    JsonArray rows = new JsonArray();
    for (Progress p : ranked) {
      rows.add(new JsonObject().put("rank", rows.size() + 1).put("unit", p.unit()).put("planned", p.planned())
          .put("connected", p.connected()).put("rate", p.rate()));
    }
    JsonObject total = sum(ranked).put("units", ranked.size())
        .put("extra", ranked.stream().mapToLong(Progress::extra).sum());
    return RankedRows.table(name, window, rows, total);
  }

  /** {"planned", "connected", "rate"} of some units together. */
  public static JsonObject sum(Collection<Progress> progress) {
    long planned = progress.stream().mapToLong(Progress::planned).sum();
    long connected = progress.stream().mapToLong(Progress::connected).sum();
    return new JsonObject().put("planned", planned).put("connected", connected).put("rate", rate(connected, planned));
  }
}
