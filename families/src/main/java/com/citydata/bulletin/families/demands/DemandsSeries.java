package com.citydata.bulletin.families.demands;

import static com.citydata.bulletin.storage.SeriesSchema.gauge;

import com.citydata.bulletin.storage.SeriesPoint;
import com.citydata.bulletin.storage.SeriesSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

  static SeriesPoint point(Instant day, String unit, long push, long interfaces, long pageQueries) {
    return SeriesPoint.of(SCHEMA.measurement(), Map.of(TAG_UNIT, unit),
        Map.of(FIELD_PUSH, push, FIELD_INTERFACE, interfaces, FIELD_PAGEQUERY, pageQueries), day);
  }
}
