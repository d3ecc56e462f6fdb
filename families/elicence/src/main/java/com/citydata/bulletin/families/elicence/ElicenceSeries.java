package com.citydata.bulletin.families.elicence;

import static com.citydata.bulletin.series.SeriesSchema.counter;
import static com.citydata.bulletin.series.SeriesSchema.text;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;
import java.util.List;

/**
 * How e-licences (电子证照) are stored: per unit and licence catalogue entry, records put in store and uses since the
 * last report, and the entry's name and work status as last reported.
 */
final class ElicenceSeries {
  static final String TAG_UNIT = "unit";
  static final String TAG_CODE = "code";
  static final String FIELD_ADDED = "added";
  static final String FIELD_USES = "uses";
  static final String FIELD_NAME = "licence_name";
  static final String FIELD_STATUS = "work_status";
  static final SeriesSchema SCHEMA = new SeriesSchema("elicence_entries", List.of(TAG_UNIT, TAG_CODE),
      List.of(counter(FIELD_ADDED), counter(FIELD_USES), text(FIELD_NAME), text(FIELD_STATUS)));

  private ElicenceSeries() {
  }

  /** Tags and fields in sorted order, the order InfluxDB prefers. */
  static void write(LineBatch.Builder lines, Instant time, String unit, String code, String name, String status, long added,
      long uses) {
    lines.point(SCHEMA.measurement()).tag(TAG_CODE, code).tag(TAG_UNIT, unit)
        .field(FIELD_ADDED, added).field(FIELD_NAME, name).field(FIELD_USES, uses).field(FIELD_STATUS, status).at(time);
  }
}
