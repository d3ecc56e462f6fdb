package com.citydata.bulletin.families.pagequery;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;

/**
 * The page-query (页面查询) point, each property declared once: per unit and query module, visits since the last
 * report. The module is stored as module_name, as the first stores held it.
 */
public final class PageQuerySeries {
  static final PointField TIME = PointField.time("time", "时间", "when the count was taken");
  static final PointField UNIT = PointField.reporter("unit", "单位", "a catalog unit's name or alias, stored under the name");
  static final PointField MODULE = PointField.tag("module", "查询模块", "the query module visited, kept as sent").storedAs("module_name");
  static final PointField VISITS = PointField.counter("visits", "访问量", "次", "visits since the module's previous report");
  static final PointShape POINT = PointShape.of("page_queries", TIME, UNIT, MODULE, VISITS);
  public static final String MEASUREMENT = POINT.measurement();
  public static final SeriesSchema SCHEMA = POINT.schema();

  private PageQuerySeries() {
  }

  public static void write(LineBatch.Builder lines, Instant time, String unit, String module, long visits) {
    lines.point(MEASUREMENT).tag(MODULE.stored(), module).tag(UNIT.stored(), unit).field(VISITS.stored(), visits).at(time);
  }
}
