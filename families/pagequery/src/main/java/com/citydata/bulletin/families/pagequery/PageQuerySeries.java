package com.citydata.bulletin.families.pagequery;

import static com.citydata.bulletin.series.SeriesSchema.counter;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;
import java.util.List;

/** How page queries (页面查询) are stored: per unit and query module, visits since the last report. */
public final class PageQuerySeries {
  public static final String MEASUREMENT = "page_queries";
  public static final String TAG_UNIT = "unit";
  public static final String TAG_MODULE = "module_name";
  public static final String FIELD_VISITS = "visits";
  public static final SeriesSchema SCHEMA = new SeriesSchema(MEASUREMENT, List.of(TAG_UNIT, TAG_MODULE), List.of(counter(FIELD_VISITS)));

  private PageQuerySeries() {
  }

  public static void write(LineBatch.Builder lines, Instant time, String unit, String module, long visits) {
    lines.point(MEASUREMENT).tag(TAG_MODULE, module).tag(TAG_UNIT, unit).field(FIELD_VISITS, visits).at(time);
  }
}
