package com.citydata.bulletin.families.demands;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;

/**
 * The sharing-demands point, each property declared once: one per unit and day, stored at the day's start in the
 * bulletin's zone. The counts are stored as push_demands, interface_demands and pagequery_demands, as the first
 * stores held them.
 */
final class DemandsSeries {
  static final PointField DATE = PointField.date("date", "统计日期", "the day, in the bulletin's time zone");
  static final PointField UNIT = PointField.reporter("unit", "单位", "a catalog unit's name or alias, stored under the name");
  static final PointField PUSH = PointField.gauge("push", "数据推送", "项", "the unit's open data-push demands that day")
      .storedAs("push_demands");
  static final PointField INTERFACE = PointField.gauge("interface", "接口调用", "项", "the unit's open interface-call demands that day")
      .storedAs("interface_demands");
  static final PointField PAGEQUERY = PointField.gauge("pagequery", "页面查询", "项", "the unit's open page-query demands that day")
      .storedAs("pagequery_demands");
  static final PointShape POINT = PointShape.of("sharing_demands", DATE, UNIT, PUSH, INTERFACE, PAGEQUERY);
  static final SeriesSchema SCHEMA = POINT.schema();

  private DemandsSeries() {
  }

  static void write(LineBatch.Builder lines, Instant day, String unit, long push, long interfaces, long pageQueries) {
    lines.point(POINT.measurement()).tag(UNIT.stored(), unit)
        .field(INTERFACE.stored(), interfaces).field(PAGEQUERY.stored(), pageQueries).field(PUSH.stored(), push).at(day);
  }
}
