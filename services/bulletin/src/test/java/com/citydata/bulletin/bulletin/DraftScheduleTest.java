package com.citydata.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.testing.TestPostgres;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftScheduleTest {
  private final DraftSchedule fridaysAtNine = new DraftSchedule(DayOfWeek.FRIDAY, LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai"));

  @Test
  void runsOnTheBulletinWeekdayAtTheConfiguredTime() {
    assertThat(fridaysAtNine.next(Instant.parse("2018-07-18T00:00:00Z")).toInstant()).isEqualTo(Instant.parse("2018-07-20T01:00:00Z"));
    assertThat(fridaysAtNine.next(Instant.parse("2018-07-20T00:59:59Z")).toInstant()).isEqualTo(Instant.parse("2018-07-20T01:00:00Z"));
    assertThat(fridaysAtNine.next(Instant.parse("2018-07-20T01:00:00Z")).toInstant()).isEqualTo(Instant.parse("2018-07-27T01:00:00Z"));
  }

  /** Every instance of the bulletin service keeps a timer; the claim in PostgreSQL lets one of them build. */
  @Test
  void onlyOneInstanceClaimsADraft() throws Exception {
    Vertx vertx = Vertx.vertx();
    AppConfig config = AppConfig.load(Optional.empty(), Map.of(AppConfig.PG_URL, TestPostgres.newDatabase()));
    PgDatabase.migrate(vertx, config).await();
    Pool first = PgDatabase.pool(vertx, config);
    Pool second = PgDatabase.pool(vertx, config);
    try {
      LocalDate friday = LocalDate.of(2018, 7, 20);
      assertThat(new BulletinArchive(first).claimDraft(friday, "instance-a").await()).isTrue();
      assertThat(new BulletinArchive(second).claimDraft(friday, "instance-b").await()).isFalse();
      new BulletinArchive(first).saveDraft(friday, new JsonObject().put("date", "2018-07-20")).await();
      assertThat(new BulletinArchive(second).list().await().getJsonArray("drafts").getJsonObject(0).getString("date"))
          .isEqualTo("2018-07-20");
    } finally {
      first.close().await();
      second.close().await();
      vertx.close().await();
    }
  }
}
