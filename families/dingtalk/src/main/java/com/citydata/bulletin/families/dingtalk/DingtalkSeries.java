package com.citydata.bulletin.families.dingtalk;

import static com.citydata.bulletin.series.SeriesSchema.gauge;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * How DingTalk activity (政务钉钉) is stored: one point per unit and day, at the day's start in the bulletin's zone.
 * weekly_active is always written, -1 when the collector left it out: a re-post then replaces it in QuestDB
 * (which replaces whole rows) and in InfluxDB (which merges fields) alike.
 */
public final class DingtalkSeries {
  public static final String MEASUREMENT = "dingtalk";
  public static final String TAG_UNIT = "unit";
  public static final String FIELD_REGISTERED = "registered";
  public static final String FIELD_ACTIVATED = "activated";
  public static final String FIELD_ACTIVE = "active_users";
  public static final String FIELD_WEEKLY_ACTIVE = "weekly_active";
  static final long NOT_REPORTED = -1;
  public static final SeriesSchema SCHEMA = new SeriesSchema(MEASUREMENT, List.of(TAG_UNIT), List.of(gauge(FIELD_REGISTERED),
      gauge(FIELD_ACTIVATED), gauge(FIELD_ACTIVE), gauge(FIELD_WEEKLY_ACTIVE)));

  private DingtalkSeries() {
  }

  /** Fields in sorted order, the order InfluxDB prefers. */
  public static void write(LineBatch.Builder lines, Instant day, String unit, long registered, long activated, long active,
      OptionalLong weeklyActive) {
    lines.point(MEASUREMENT).tag(TAG_UNIT, unit).field(FIELD_ACTIVATED, activated).field(FIELD_ACTIVE, active)
        .field(FIELD_REGISTERED, registered).field(FIELD_WEEKLY_ACTIVE, weeklyActive.orElse(NOT_REPORTED)).at(day);
  }

  /** Reads the stored weekly_active back. */
  public static OptionalLong weeklyActive(long stored) {
    return stored < 0 ? OptionalLong.empty() : OptionalLong.of(stored);
  }
}
