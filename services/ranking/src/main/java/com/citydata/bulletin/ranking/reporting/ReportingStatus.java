package com.citydata.bulletin.ranking.reporting;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.series.PointRow;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who has reported to a family in a bulletin's window, and who has gone silent: a unit is expected when it posted in
 * any of the {@value #WEEKS_BEFORE} windows before, silent when expected and without a figure in this window.
 * {@code last} is the time of the unit's last figure up to the window's end.
 */
public final class ReportingStatus {
  public static final int WEEKS_BEFORE = 4;

  private ReportingStatus() {
  }

  public record Reporter(String unit, Instant last) {
    JsonObject toJson() {
      return new JsonObject().put("unit", unit).put("last", last.toString());
    }
  }

  public record FamilyStatus(String family, List<Reporter> reported, List<Reporter> silent) {
    public JsonObject toJson() {
      return new JsonObject().put("family", family)
          .put("reported", new JsonArray(reported.stream().map(Reporter::toJson).map(Object.class::cast).toList()))
          .put("silent", new JsonArray(silent.stream().map(Reporter::toJson).map(Object.class::cast).toList()));
    }
  }

  /** Where a family's points must be read from: the start of the earliest window that makes a unit expected. */
  public static Instant readFrom(WeekWindow window) {
    WeekWindow earliest = window;
    for (int i = 0; i < WEEKS_BEFORE; i++) {
      earliest = earliest.previous();
    }
    return earliest.start();
  }

  /**
   * @param points the family's points from {@link #readFrom} to the window's end
   * @param order the catalog's order of units, in which both lists are given; units it lacks come last, by name
   */
  public static FamilyStatus of(String family, String reporterTag, List<PointRow> points, WeekWindow window, List<String> order) {
    Map<String, Instant> lastBefore = new HashMap<>();
    Map<String, Instant> lastWithin = new HashMap<>();
    Instant start = window.start();
    Instant end = window.end();
    for (PointRow point : points) {
      String unit = point.tag(reporterTag);
      if (unit == null || point.time().isBefore(readFrom(window)) || !point.time().isBefore(end)) {
        continue;
      }
      (point.time().isBefore(start) ? lastBefore : lastWithin).merge(unit, point.time(), (a, b) -> a.isAfter(b) ? a : b);
    }
    List<Reporter> reported = new ArrayList<>();
    lastWithin.forEach((unit, last) -> reported.add(new Reporter(unit, last)));
    List<Reporter> silent = new ArrayList<>();
    lastBefore.forEach((unit, last) -> {
      if (!lastWithin.containsKey(unit)) {
        silent.add(new Reporter(unit, last));
      }
    });
    Comparator<Reporter> catalogOrder = Comparator.comparingInt((Reporter r) -> order.indexOf(r.unit()) < 0 ? Integer.MAX_VALUE
        : order.indexOf(r.unit())).thenComparing(Reporter::unit);
    reported.sort(catalogOrder);
    silent.sort(catalogOrder);
    return new FamilyStatus(family, reported, silent);
  }
}
