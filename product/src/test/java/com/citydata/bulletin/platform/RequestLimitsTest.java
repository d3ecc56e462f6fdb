package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each token is held to its rate, and an address that presents too many bad tokens is turned away for a while. */
class RequestLimitsTest {
  private static final String CATALOG = "/api/v1/catalog/units";

  @Test
  void aTokenOverItsRateGets429WithRetryAfterWhileOtherTokensGoOn() throws Exception {
    try (RunningPlatform running = RunningPlatform.start(Map.of("RATE_LIMIT_PER_SECOND", "1", "RATE_LIMIT_BURST", "3"))) {
      String collector = running.api.collector(RunningPlatform.ADMIN, "busy-etl", "exchange");
      List<Integer> statuses = new ArrayList<>();
      Api.Response refused = null;
      // A request could land just as a token is refilled, so the burst is followed by a few more tries, not one.
      for (int i = 0; i < 8 && refused == null; i++) {
        Api.Response response = running.api.get(CATALOG, collector);
        statuses.add(response.status());
        refused = response.status() == 429 ? response : null;
      }
      assertThat(statuses.subList(0, 3)).containsOnly(200);
      assertThat(refused).as("statuses %s", statuses).isNotNull();
      assertThat(refused.header("Retry-After")).isEqualTo("1");
      assertThat(refused.header("Content-Type")).startsWith("application/json");
      assertThat(refused.json().getString("error")).contains("rate limit").contains("retry after 1 s");

      assertThat(running.api.get(CATALOG, RunningPlatform.ADMIN).status()).isEqualTo(200);
      Thread.sleep(1100);
      assertThat(running.api.get(CATALOG, collector).status()).isEqualTo(200);
    }
  }

  @Test
  void tooManyBadTokensFromOneAddressGet429EvenWithAGoodTokenUntilTheWindowCloses() throws Exception {
    try (RunningPlatform running = RunningPlatform.start(Map.of("AUTH_FAILURE_LIMIT", "3", "AUTH_FAILURE_WINDOW_SECONDS", "600"))) {
      for (int i = 0; i < 3; i++) {
        assertThat(running.api.get(CATALOG, "guess-" + i).status()).as("guess %d", i).isEqualTo(401);
      }
      Api.Response refused = running.api.get(CATALOG, "guess-3");
      assertThat(refused.status()).as(refused.body()).isEqualTo(429);
      assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(590, 600);
      assertThat(refused.json().getString("error")).contains("invalid bearer tokens");

      // Even the right token is refused from that address now: otherwise a lucky guess would still be answered.
      Api.Response admin = running.api.get(CATALOG, RunningPlatform.ADMIN);
      assertThat(admin.status()).isEqualTo(429);
      assertThat(admin.header("Retry-After")).isNotNull();
      // What needs no token is not touched by the limit.
      assertThat(running.api.get("/health", null).status()).isEqualTo(200);
    }
  }
}
