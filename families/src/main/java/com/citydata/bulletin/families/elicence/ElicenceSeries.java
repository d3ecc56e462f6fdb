package com.citydata.bulletin.families.elicence;

import static com.citydata.bulletin.storage.SeriesSchema.counter;
import static com.citydata.bulletin.storage.SeriesSchema.text;

import com.citydata.bulletin.storage.SeriesPoint;
import com.citydata.bulletin.storage.SeriesSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

  static SeriesPoint point(Instant time, String unit, String code, String name, String status, long added, long uses) {
    return SeriesPoint.of(SCHEMA.measurement(), Map.of(TAG_UNIT, unit, TAG_CODE, code),
        Map.of(FIELD_ADDED, added, FIELD_USES, uses, FIELD_NAME, name, FIELD_STATUS, status), time);
  }
}
