package com.citydata.bulletin.pagequery;

import com.citydata.bulletin.storage.SeriesPoint;
import java.time.Instant;
import java.util.Map;

/** How page queries (页面查询) are stored: per unit and query module, visits since the last report. */
public final class PageQuerySeries {
  public static final String MEASUREMENT = "page_queries";
  public static final String TAG_UNIT = "unit";
  public static final String TAG_MODULE = "module_name";
  public static final String FIELD_VISITS = "visits";

  private PageQuerySeries() {
  }

  public static SeriesPoint point(Instant time, String unit, String module, long visits) {
    return SeriesPoint.of(MEASUREMENT, Map.of(TAG_UNIT, unit, TAG_MODULE, module), Map.of(FIELD_VISITS, visits), time);
  }
}
