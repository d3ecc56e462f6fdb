package com.citydata.bulletin.families.interface_;

import static com.citydata.bulletin.series.SeriesSchema.counter;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;
import java.util.List;

/** How interface calls (接口调用) are stored: per unit and business system, calls since the last report. */
public final class InterfaceSeries {
  public static final String MEASUREMENT = "interface_calls";
  public static final String TAG_UNIT = "unit";
  public static final String TAG_SYSTEM = "system_name";
  public static final String FIELD_CALLS = "calls";
  public static final SeriesSchema SCHEMA = new SeriesSchema(MEASUREMENT, List.of(TAG_UNIT, TAG_SYSTEM), List.of(counter(FIELD_CALLS)));

  private InterfaceSeries() {
  }

  public static void write(LineBatch.Builder lines, Instant time, String unit, String system, long calls) {
    lines.point(MEASUREMENT).tag(TAG_SYSTEM, system).tag(TAG_UNIT, unit).field(FIELD_CALLS, calls).at(time);
  }
}
