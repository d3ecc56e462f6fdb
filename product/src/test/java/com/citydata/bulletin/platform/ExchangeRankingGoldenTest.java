package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Collectors post the seed week through the HTTP API; the ranking API must give back the seed's 附件1 and 附件2:
 * units, order, every figure, the others row, the special rows and the totals.
 */
class ExchangeRankingGoldenTest {
  private static RunningPlatform running;
  private static String reader;

  @BeforeAll
  static void postTheSeedWeek() throws Exception {
    running = RunningPlatform.start(Map.of());
    SeedExchangeFixture fixture = new SeedExchangeFixture();
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, fixture.catalog()).status()).isEqualTo(200);
    String collector = running.api.collector(RunningPlatform.ADMIN, "etl-1", "exchange");
    post(collector, fixture.firstPosts());
    post(collector, fixture.corrections());
    reader = running.api.collector(RunningPlatform.ADMIN, "office-reader", "interface");
  }

  private static void post(String token, List<JsonObject> points) {
    for (int i = 0; i < points.size(); i += 200) {
      JsonObject batch = new JsonObject().put("points", new JsonArray(points.subList(i, Math.min(points.size(), i + 200))));
      Api.Response response = running.api.post("/api/v1/ingest/exchange", token, batch);
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      assertThat(response.json().getInteger("accepted")).isEqualTo(batch.getJsonArray("points").size());
    }
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void collectRankingIsTheSeedsAttachment1() {
    JsonObject ranking = ranking("exchange-collect");
    assertThat(ranking.getJsonObject("window")).isEqualTo(new JsonObject()
        .put("start", "2018-07-14").put("end", "2018-07-20").put("timezone", "Asia/Shanghai"));
    assertMatchesSeed(ranking, SeedExchangeTables.parse(SeedExchangeTables.COLLECT), 21);
  }

  @Test
  void pushRankingIsTheSeedsAttachment2() {
    assertMatchesSeed(ranking("exchange-push"), SeedExchangeTables.parse(SeedExchangeTables.PUSH), 23);
  }

  /** The seed's narrative: 本周归集总量3.33亿条 … 日均归集量0.48亿; 本周推送总量1.1亿条 … 日均推送量0.16亿左右. */
  @Test
  void dailyAveragesAreTheWeeklyTotalsOverSevenDays() {
    assertThat(new BigDecimal(ranking("exchange-collect").getJsonObject("total").getValue("daily_average").toString()))
        .isEqualByComparingTo("47531000");
    assertThat(new BigDecimal(ranking("exchange-push").getJsonObject("total").getValue("daily_average").toString()))
        .isEqualByComparingTo("15701142.86");
  }

  private static JsonObject ranking(String table) {
    Api.Response response = running.api.get("/api/v1/rankings/" + table + "?week=2018-07-20", reader);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static void assertMatchesSeed(JsonObject ranking, List<SeedExchangeTables.Line> seed, int activeUnits) {
    JsonArray rows = ranking.getJsonArray("rows");
    assertThat(rows).hasSize(10);
    for (int i = 0; i < 10; i++) {
      SeedExchangeTables.Line line = seed.get(i);
      JsonObject row = rows.getJsonObject(i).copy();
      // The seed week follows a week without records: every unit had reported before, none moved anything.
      JsonObject change = (JsonObject) row.remove("change");
      assertThat(change.getBoolean("new")).isFalse();
      assertThat(change.getLong("weekly")).isEqualTo(line.weekly());
      assertThat(change.getValue("percent")).isNull();
      assertThat(row).isEqualTo(new JsonObject()
          .put("rank", Integer.parseInt(line.rank())).put("unit", line.name())
          .put("tables", line.tables()).put("fields", line.fields())
          .put("cumulative", line.cumulative()).put("weekly", line.weekly()));
    }
    SeedExchangeTables.Line others = seed.get(10);
    SeedExchangeTables.Line total = seed.get(seed.size() - 1);
    List<SeedExchangeTables.Line> special = seed.subList(11, seed.size() - 1);
    int totalUnits = Integer.parseInt(total.name().replace("部门", ""));

    assertThat(ranking.getJsonObject("others")).isEqualTo(new JsonObject()
        .put("tables", others.tables()).put("fields", others.fields())
        .put("cumulative", others.cumulative()).put("weekly", others.weekly())
        .put("label", others.name()).put("units", totalUnits - 10 - special.size()));

    assertThat(ranking.getJsonArray("special")).isEqualTo(new JsonArray(special.stream().map(line -> new JsonObject()
        .put("unit", line.name()).put("tables", line.tables()).put("fields", line.fields())
        .put("cumulative", line.cumulative()).put("weekly", line.weekly())).toList()));

    JsonObject actualTotal = ranking.getJsonObject("total").copy();
    actualTotal.remove("daily_average");
    assertThat(actualTotal.remove("change")).isEqualTo(new JsonObject().put("weekly", total.weekly()).putNull("percent"));
    assertThat(actualTotal).isEqualTo(new JsonObject()
        .put("tables", total.tables()).put("fields", total.fields())
        .put("cumulative", total.cumulative()).put("weekly", total.weekly())
        .put("units", totalUnits).put("active_units", activeUnits));
  }
}
