package com.citydata.bulletin.families.onewindow;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.ranking.RankedRows;
import com.citydata.bulletin.series.WindowRow;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The seed's 附件7 (“一窗受理”平台各区、县（市）应用情况): every region with figures up to the window's end, by online
 * rate (cumulative online cases over cases; ties: more cases, then catalogue order), with the coverage of the
 * catalogue's regions and the joint processes in the order they were first reported.
 */
final class OneWindowRanking {
  /** One region's figures up to the window's end. */
  record Region(String unit, long matters, long offices, long cases, long online, long accepted, long completed) {
    double rate() {
      return ratio(online, cases);
    }
  }

  private OneWindowRanking() {
  }

  static JsonObject table(String name, WeekWindow window, Catalog catalog, List<WindowRow> regionRows, List<WindowRow> jointRows) {
    List<Region> regions = new ArrayList<>();
    for (WindowRow row : regionRows) {
      regions.add(new Region(row.tag(0), row.gauge(OneWindowSeries.MATTERS.stored()), row.gauge(OneWindowSeries.OFFICES.stored()),
          row.cumulative(OneWindowSeries.CASES.stored()), row.cumulative(OneWindowSeries.ONLINE_CASES.stored()),
          row.cumulative(OneWindowSeries.ACCEPTED.stored()), row.cumulative(OneWindowSeries.COMPLETED.stored())));
    }
    regions.sort(Comparator.comparingDouble(Region::rate).reversed().thenComparing(Comparator.comparingLong(Region::cases).reversed())
        .thenComparingInt(r -> catalog.positionOf(r.unit())).thenComparing(Region::unit));
    JsonArray rows = new JsonArray();
    for (Region r : regions) {
      rows.add(new JsonObject().put("rank", rows.size() + 1).put("unit", r.unit()).put("matters", r.matters()).put("offices", r.offices())
          .put("cases", r.cases()).put("online_cases", r.online()).put("online_rate", r.rate()));
    }
    long cases = regions.stream().mapToLong(Region::cases).sum();
    long online = regions.stream().mapToLong(Region::online).sum();
    JsonObject total = new JsonObject()
        .put("units", regions.size())
        .put("matters", regions.stream().mapToLong(Region::matters).sum())
        .put("offices", regions.stream().mapToLong(Region::offices).sum())
        .put("cases", cases)
        .put("online_cases", online)
        .put("online_rate", ratio(online, cases))
        .put("accepted", regions.stream().mapToLong(Region::accepted).sum())
        .put("completed", regions.stream().mapToLong(Region::completed).sum());
    long catalogued = catalog.units().stream().filter(u -> OneWindowFamily.REGION_KINDS.contains(u.kind())).count();
    JsonArray joint = new JsonArray();
    jointRows.stream().sorted(Comparator.comparing(WindowRow::first).thenComparing(r -> r.tag(0))).forEach(r -> joint.add(new JsonObject()
        .put("process", r.tag(0)).put("applied", r.cumulative(JointProcessSeries.APPLIED.stored()))
        .put("accepted", r.cumulative(JointProcessSeries.ACCEPTED.stored()))
        .put("completed", r.cumulative(JointProcessSeries.COMPLETED.stored()))));
    return RankedRows.table(name, window, rows, total)
        .put("coverage", new JsonObject().put("regions_live", regions.size()).put("regions", catalogued))
        .put("joint", joint);
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
