package com.citydata.bulletin.rollup;

import com.citydata.bulletin.domain.WeekCalendar;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps roll-ups true when old weeks are posted again or back-filled: a write that reaches back before a boundary
 * that could be rolled withdraws the roll-ups from that boundary on and changes the measurement's generation, so a
 * reader that computed roll-ups meanwhile discards them. Live points are newer than any such boundary and cost no
 * SQL at all.
 */
public final class RollupInvalidation {
  private final Pool pool;
  private final RollupGrid grid;
  private final Clock clock;

  public RollupInvalidation(Pool pool, WeekCalendar calendar, Clock clock) {
    this.pool = pool;
    this.grid = new RollupGrid(calendar);
    this.clock = clock;
  }

  /**
   * To be called before a write is acknowledged and again once the store has it: the second call withdraws what a
   * reader rolled while the point was not yet visible.
   *
   * <p>The generation changes even when no valid boundary is withdrawn: a reader may be rolling boundaries past
   * {@code valid_until} right now, from raw points read before this one was visible.
   */
  public Future<Void> written(Map<String, Instant> earliestByMeasurement) {
    Instant rollable = grid.newestRollable(clock.instant());
    List<String> measurements = new ArrayList<>();
    List<OffsetDateTime> boundaries = new ArrayList<>();
    earliestByMeasurement.forEach((measurement, earliest) -> {
      if (earliest.isBefore(rollable)) {
        measurements.add(measurement);
        boundaries.add(RollupStore.utc(grid.atOrBefore(earliest)));
      }
    });
    if (measurements.isEmpty()) {
      return Future.succeededFuture();
    }
    return pool.preparedQuery("UPDATE series_rollup_state s SET generation = s.generation + 1,"
            + " valid_until = CASE WHEN s.valid_until > w.boundary THEN w.boundary ELSE s.valid_until END"
            + " FROM unnest($1::text[], $2::timestamptz[]) AS w(measurement, boundary) WHERE s.measurement = w.measurement")
        .execute(Tuple.tuple().addArrayOfString(measurements.toArray(String[]::new))
            .addArrayOfOffsetDateTime(boundaries.toArray(OffsetDateTime[]::new)))
        .mapEmpty();
  }
}
