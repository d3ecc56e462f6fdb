package com.citydata.bulletin.families.dingtalk;

import java.time.Instant;
import java.util.OptionalLong;

/** One unit's DingTalk figures for one day. */
public record DingtalkDay(String unit, Instant day, long registered, long activated, long active, OptionalLong weeklyActive) {
}
