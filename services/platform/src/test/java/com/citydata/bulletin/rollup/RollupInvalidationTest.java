package com.citydata.bulletin.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.testing.TestPostgres;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Boundaries in the bulletin's zone, and what a write does to the roll-ups' state in a real PostgreSQL. */
class RollupInvalidationTest {
  private static final WeekCalendar CALENDAR = new WeekCalendar(DayOfWeek.FRIDAY, ZoneId.of("Asia/Shanghai"));
  /** Saturday 00:00 in Shanghai: the end of the window of Friday 2018-07-20. */
  private static final Instant BOUNDARY = Instant.parse("2018-07-20T16:00:00Z");
  private static final Instant NOW = BOUNDARY.plusSeconds(3 * 86_400);
  private static final RollupGrid GRID = new RollupGrid(CALENDAR);

  private Vertx vertx;
  private Pool pg;
  private RollupInvalidation invalidation;

  @BeforeEach
  void open() throws Exception {
    vertx = Vertx.vertx();
    AppConfig config = AppConfig.load(Optional.empty(), Map.of(AppConfig.PG_URL, TestPostgres.newDatabase()));
    PgDatabase.migrate(vertx, config).await();
    pg = PgDatabase.pool(vertx, config);
    invalidation = new RollupInvalidation(pg, CALENDAR, Clock.fixed(NOW, ZoneOffset.UTC));
    pg.preparedQuery("INSERT INTO series_rollup_state VALUES ('exchange', $1, $2, 7)")
        .execute(Tuple.of(RollupStore.utc(BOUNDARY.minusSeconds(20 * 7 * 86_400)), RollupStore.utc(BOUNDARY))).await();
  }

  @AfterEach
  void close() {
    pg.close().await();
    vertx.close().await();
  }

  @Test
  void boundariesAreTheEndsOfBulletinWindows() {
    assertThat(GRID.atOrBefore(BOUNDARY)).isEqualTo(BOUNDARY);
    assertThat(GRID.atOrBefore(BOUNDARY.minusMillis(1))).isEqualTo(BOUNDARY.minusSeconds(7 * 86_400));
    assertThat(GRID.atOrBefore(BOUNDARY.plusSeconds(6 * 86_400))).isEqualTo(BOUNDARY);
    assertThat(GRID.next(BOUNDARY)).isEqualTo(CALENDAR.windowEndingOn(LocalDate.parse("2018-07-27")).end());
    assertThat(GRID.newestRollable(NOW)).isEqualTo(BOUNDARY);
    assertThat(GRID.newestRollable(NOW.minusSeconds(2 * 86_400))).isEqualTo(BOUNDARY.minusSeconds(7 * 86_400));
  }

  @Test
  void liveDataIssuesNoSqlAtAll() {
    pg.close().await();

    // A closed pool fails any statement: succeeding proves none was issued.
    assertThat(invalidation.written(Map.of("exchange", BOUNDARY, "other", NOW.plusSeconds(86_400))).succeeded()).isTrue();
  }

  @Test
  void aPointBeforeTheLastValidBoundaryWithdrawsTheRollUpsFromItsWeekOn() {
    Instant old = BOUNDARY.minusSeconds(10 * 7 * 86_400 + 3_600);

    invalidation.written(Map.of("exchange", old, "unknown", old)).await();

    assertThat(state()).containsExactly(GRID.atOrBefore(old).toString(), 8L);
  }

  @Test
  void aPointAtTheLastValidBoundaryKeepsTheRollUpsButChangesTheGeneration() {
    invalidation.written(Map.of("exchange", BOUNDARY.minusMillis(1))).await();
    // Valid up to the week before now, which holds only points before it.
    invalidation.written(Map.of("exchange", BOUNDARY.minusSeconds(7 * 86_400))).await();

    assertThat(state()).containsExactly(BOUNDARY.minusSeconds(7 * 86_400).toString(), 9L);
  }

  private List<Object> state() {
    Row row = pg.query("SELECT valid_until, generation FROM series_rollup_state WHERE measurement = 'exchange'").execute().await()
        .iterator().next();
    return List.of(row.getOffsetDateTime(0).toInstant().toString(), row.getLong(1));
  }
}
