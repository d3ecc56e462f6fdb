package com.citydata.bulletin.families.onewindow;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;

/**
 * The one-window platform's point (一窗受理), each property declared once: per region, its matters and offices now
 * (gauges) and the cases, online cases, accepted and completed since the last report (increments).
 */
final class OneWindowSeries {
  static final PointField TIME = PointField.time("time", "时间", "when the figures were taken");
  static final PointField REGION = PointField.reporter("region", "行政区划",
      "a catalog unit of kind city or district, by name or alias, stored under the name");
  static final PointField MATTERS = PointField.gauge("matters", "在办事项数", "个", "matters the region handles now");
  static final PointField OFFICES = PointField.gauge("offices", "办理点", "个", "the region's offices now");
  static final PointField CASES = PointField.counter("cases", "办件量", "件", "cases since the region's previous report");
  static final PointField ONLINE_CASES = PointField.counter("online_cases", "网上办件量", "件",
      "of those, cases applied for online; at most cases");
  static final PointField ACCEPTED = PointField.counter("accepted", "受理", "件", "cases accepted since the previous report");
  static final PointField COMPLETED = PointField.counter("completed", "办结", "件", "cases completed since the previous report");
  static final PointShape POINT = PointShape.of("onewindow_regions", TIME, REGION, MATTERS, OFFICES, CASES, ONLINE_CASES, ACCEPTED,
      COMPLETED);
  static final SeriesSchema SCHEMA = POINT.schema();

  private OneWindowSeries() {
  }

  /** Fields in sorted order, the order InfluxDB prefers. */
  static void write(LineBatch.Builder lines, Instant time, String region, long matters, long offices, long cases, long online,
      long accepted, long completed) {
    lines.point(POINT.measurement()).tag(REGION.stored(), region).field(ACCEPTED.stored(), accepted).field(CASES.stored(), cases)
        .field(COMPLETED.stored(), completed).field(MATTERS.stored(), matters).field(OFFICES.stored(), offices)
        .field(ONLINE_CASES.stored(), online).at(time);
  }
}
