package com.citydata.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.testing.TestPostgres;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftClaimTest {
  /**
   * Every instance of the bulletin service keeps a timer; the claim in PostgreSQL lets one of them build, and saving
   * the draft queues it for the subscriptions to drafts alone.
   */
  @Test
  void onlyOneInstanceClaimsADraftAndItsSubscribersAreQueued() throws Exception {
    Vertx vertx = Vertx.vertx();
    AppConfig config = AppConfig.load(Optional.empty(), Map.of(AppConfig.PG_URL, TestPostgres.newDatabase()));
    PgDatabase.migrate(vertx, config).await();
    Pool first = PgDatabase.pool(vertx, config);
    Pool second = PgDatabase.pool(vertx, config);
    try {
      LocalDate friday = LocalDate.of(2018, 7, 20);
      first.query("INSERT INTO subscriptions (id, name, kind, url, secret, events, created_by) VALUES "
          + "(gen_random_uuid(), 'drafts', 'webhook', 'http://127.0.0.1:9/', 's', '{draft,published}', 'admin'), "
          + "(gen_random_uuid(), 'published only', 'webhook', 'http://127.0.0.1:9/', 's', '{published}', 'admin')").execute().await();
      BulletinArchive a = new BulletinArchive(first, "http://127.0.0.1:8080");
      assertThat(a.claimDraft(friday, "instance-a").await()).isTrue();
      assertThat(new BulletinArchive(second, "http://127.0.0.1:8080").claimDraft(friday, "instance-b").await()).isFalse();
      a.saveDraft(friday, new JsonObject().put("date", "2018-07-20").put("date_text", "2018年7月20日").put("subtitle", "每周通报")
          .put("sections", new io.vertx.core.json.JsonArray()), "草稿").await();
      assertThat(new BulletinArchive(second, "http://127.0.0.1:8080").list().await().getJsonArray("drafts").getJsonObject(0).getString("date"))
          .isEqualTo("2018-07-20");
      io.vertx.sqlclient.RowSet<io.vertx.sqlclient.Row> rows = first.query("SELECT s.name, d.event, d.notice FROM deliveries d "
          + "JOIN subscriptions s ON s.id = d.subscription_id").execute().await();
      assertThat(rows.size()).isEqualTo(1);
      io.vertx.sqlclient.Row queued = rows.iterator().next();
      assertThat(queued.getString("name")).isEqualTo("drafts");
      assertThat(queued.getString("event")).isEqualTo("draft");
      assertThat(((JsonObject) queued.getValue("notice")).getString("pdf"))
          .isEqualTo("http://127.0.0.1:8080/api/v1/bulletins/2018-07-20.pdf?draft=true");
    } finally {
      first.close().await();
      second.close().await();
      vertx.close().await();
    }
  }
}
