package com.citydata.bulletin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeeklyTimeTest {
  private final WeeklyTime fridaysAtNine = new WeeklyTime(DayOfWeek.FRIDAY, LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai"));

  @Test
  void runsOnTheBulletinWeekdayAtTheConfiguredTime() {
    assertThat(fridaysAtNine.next(Instant.parse("2018-07-18T00:00:00Z")).toInstant()).isEqualTo(Instant.parse("2018-07-20T01:00:00Z"));
    assertThat(fridaysAtNine.next(Instant.parse("2018-07-20T00:59:59Z")).toInstant()).isEqualTo(Instant.parse("2018-07-20T01:00:00Z"));
    assertThat(fridaysAtNine.next(Instant.parse("2018-07-20T01:00:00Z")).toInstant()).isEqualTo(Instant.parse("2018-07-27T01:00:00Z"));
  }

  @Test
  void theReminderTimeIsAWeekdayAndATimeInTheBulletinsZone() throws Exception {
    WeeklyTime reminder = AppConfig.load(Optional.empty(), Map.of()).reminderTime();
    assertThat(reminder).isEqualTo(new WeeklyTime(DayOfWeek.THURSDAY, LocalTime.of(15, 0), ZoneId.of("Asia/Shanghai")));
    assertThat(reminder.next(Instant.parse("2018-07-18T00:00:00Z")).toInstant()).isEqualTo(Instant.parse("2018-07-19T07:00:00Z"));
    assertThat(AppConfig.load(Optional.empty(), Map.of(AppConfig.REMINDER_TIME, "mon 08:30")).reminderTime().day())
        .isEqualTo(DayOfWeek.MONDAY);
    for (String bad : new String[] {"THURSDAY 15:00", "THU 25:00", "THU 3pm"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppConfig.load(Optional.empty(), Map.of(AppConfig.REMINDER_TIME, bad)))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REMINDER_TIME");
    }
  }
}
