package com.citydata.bulletin.families.dingtalk;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The DingTalk activity point (政务钉钉), each property declared once: one point per unit and day, stored at the day's
 * start in the bulletin's zone. active is stored as active_users, the name its first stores gave it.
 * weekly_active is always written, -1 when the collector left it out: a re-post then replaces it in QuestDB
 * (which replaces whole rows) and in InfluxDB (which merges fields) alike.
 */
public final class DingtalkSeries {
  static final PointField DATE = PointField.date("date", "日期", "the day the figures hold on, in the bulletin's time zone");
  static final PointField UNIT = PointField.reporter("unit", "单位", "a catalog unit's name or alias, stored under the name");
  static final PointField REGISTERED = PointField.gauge("registered", "注册数", "人", "users registered that day");
  static final PointField ACTIVATED = PointField.gauge("activated", "激活数", "人", "users activated that day; at most registered");
  static final PointField ACTIVE = PointField.gauge("active", "日活跃用户", "人", "users active that day; at most activated")
      .storedAs("active_users");
  static final PointField WEEKLY_ACTIVE = PointField.gauge("weekly_active", "本周活跃用户", "人",
      "distinct users active in the seven days up to the date; at most activated").optional();
  static final PointShape POINT = PointShape.of("dingtalk", DATE, UNIT, REGISTERED, ACTIVATED, ACTIVE, WEEKLY_ACTIVE);
  public static final String MEASUREMENT = POINT.measurement();
  public static final SeriesSchema SCHEMA = POINT.schema();
  static final long NOT_REPORTED = -1;

  private DingtalkSeries() {
  }

  /** Fields in sorted order, the order InfluxDB prefers. */
  public static void write(LineBatch.Builder lines, Instant day, String unit, long registered, long activated, long active,
      OptionalLong weeklyActive) {
    lines.point(MEASUREMENT).tag(UNIT.stored(), unit).field(ACTIVATED.stored(), activated).field(ACTIVE.stored(), active)
        .field(REGISTERED.stored(), registered).field(WEEKLY_ACTIVE.stored(), weeklyActive.orElse(NOT_REPORTED)).at(day);
  }

  /** Reads the stored weekly_active back. */
  public static OptionalLong weeklyActive(long stored) {
    return stored < 0 ? OptionalLong.empty() : OptionalLong.of(stored);
  }
}
