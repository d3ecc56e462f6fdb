package com.citydata.bulletin.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds daily DingTalk figures that print as a seed row: a unit reporting on the last n days of the window, the
 * last day with the row's registered and activated, whose mean daily active users cut down to the printed
 * 日均活跃数 and whose mean daily active rate falls in the given range. Earlier days share one activated count,
 * which may differ from the last day's, as units gain and lose users during a week.
 */
final class DingtalkDayPlanner {
  /** One day's registered, activated and active users. */
  record Day(long registered, long activated, long active) {
  }

  private DingtalkDayPlanner() {
  }

  /** @return the days in order, the last one being the bulletin day */
  static Optional<List<Day>> plan(long registered, long activated, long dailyActive, double lo, double hi) {
    if (activated == 0) {
      return dailyActive == 0 && lo <= 0 ? Optional.of(List.of(new Day(registered, 0, 0))) : Optional.empty();
    }
    for (int n = 1; n <= 7; n++) {
      // total: the active users summed over the n days, so that total / n cuts down to dailyActive.
      for (long total = (long) n * dailyActive; total < (long) n * (dailyActive + 1); total++) {
        for (long last = Math.min(activated, total); last >= 0; last--) {
          Optional<List<Day>> days = withEarlierDays(n, total - last, last, registered, activated, lo, hi);
          if (days.isPresent()) {
            return days;
          }
          if (n == 1) {
            break;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Spreads {@code earlier} active users over n-1 days with one activated count c, solving for c. */
  private static Optional<List<Day>> withEarlierDays(int n, long earlier, long lastActive, long registered,
      long activated, double lo, double hi) {
    double lastRate = (double) lastActive / activated;
    long c;
    if (n == 1 || earlier == 0) {
      if (n == 1 && earlier > 0) {
        return Optional.empty();
      }
      c = activated;
    } else {
      double room = n * hi - lastRate;
      if (room <= 0) {
        return Optional.empty();
      }
      c = Math.max((earlier + n - 2) / (n - 1), (long) Math.floor(earlier / room) + 1);
    }
    double rate = ((n == 1 ? 0 : (double) earlier / c) + lastRate) / n;
    if (rate < lo || rate >= hi - 1e-9) {
      return Optional.empty();
    }
    List<Day> days = new ArrayList<>();
    for (int i = 0; i < n - 1; i++) {
      long active = earlier / (n - 1) + (i < earlier % (n - 1) ? 1 : 0);
      days.add(new Day(Math.max(registered, c), c, active));
    }
    days.add(new Day(registered, activated, lastActive));
    return Optional.of(days);
  }
}
