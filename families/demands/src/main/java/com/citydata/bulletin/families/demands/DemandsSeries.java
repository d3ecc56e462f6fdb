package com.citydata.bulletin.families.demands;

import static com.citydata.bulletin.series.SeriesSchema.gauge;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;
import java.util.List;

/** How open sharing demands are stored: one point per unit and day, at the day's start in the bulletin's zone. */
final class DemandsSeries {
  static final String TAG_UNIT = "unit";
  static final String FIELD_PUSH = "push_demands";
  static final String FIELD_INTERFACE = "interface_demands";
  static final String FIELD_PAGEQUERY = "pagequery_demands";
  static final SeriesSchema SCHEMA = new SeriesSchema("sharing_demands", List.of(TAG_UNIT),
      List.of(gauge(FIELD_PUSH), gauge(FIELD_INTERFACE), gauge(FIELD_PAGEQUERY)));

  private DemandsSeries() {
  }

  static void write(LineBatch.Builder lines, Instant day, String unit, long push, long interfaces, long pageQueries) {
    lines.point(SCHEMA.measurement()).tag(TAG_UNIT, unit)
        .field(FIELD_INTERFACE, interfaces).field(FIELD_PAGEQUERY, pageQueries).field(FIELD_PUSH, push).at(day);
  }
}
