package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Collectors post the seed week of interface calls, page queries and DingTalk activity; the ranking API must give
 * back 附件3, 附件6, 附件17 and 附件18 as the seed prints them (amounts in 万 to one decimal, percents and 日均活跃数
 * cut down to whole numbers). Where the seed's figures cannot all hold at once, the test says which and why.
 */
class SeedFamiliesGoldenTest {
  private static final SeedFamiliesFixture FIXTURE = new SeedFamiliesFixture();
  private static RunningPlatform running;
  private static String reader;

  @BeforeAll
  static void postTheSeedWeek() throws Exception {
    assertThat(FIXTURE.unplannable).as("seed rows no daily figures can produce").isEmpty();
    running = RunningPlatform.start(Map.of());
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, FIXTURE.catalog()).status()).isEqualTo(200);
    String collector = running.api.collector(RunningPlatform.ADMIN, "etl-all", "interface", "pagequery", "dingtalk");
    post(collector, "interface", FIXTURE.interfacePoints);
    post(collector, "pagequery", FIXTURE.pageQueryPoints);
    post(collector, "dingtalk", FIXTURE.dingtalkPoints);
    reader = running.api.collector(RunningPlatform.ADMIN, "office", "exchange");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static void post(String token, String family, List<JsonObject> points) {
    for (int i = 0; i < points.size(); i += 2000) {
      JsonObject batch = new JsonObject().put("points", new JsonArray(new ArrayList<>(points.subList(i, Math.min(points.size(), i + 2000)))));
      Api.Response response = running.api.post("/api/v1/ingest/" + family, token, batch);
      assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
  }

  @Test
  void interfaceCallsAreTheSeedsAttachment3() {
    JsonObject ranking = ranking("interface-calls");
    List<String[]> seed = SeedFamiliesFixture.lines(SeedTables.INTERFACE);
    JsonArray rows = ranking.getJsonArray("rows");
    assertThat(rows).hasSize(10);
    for (int i = 0; i < 10; i++) {
      JsonObject row = rows.getJsonObject(i);
      String[] line = seed.get(i);
      assertThat(List.of(row.getInteger("rank").toString(), row.getString("unit"), row.getString("system"),
          wan(row.getLong("cumulative")), wan(row.getLong("weekly"))))
          .as("row %d", i + 1).containsExactly(line);
    }
    JsonObject others = ranking.getJsonObject("others");
    assertThat(others.getInteger("units")).isEqualTo(37);
    assertThat(others.getInteger("systems")).isEqualTo(57);
    assertThat(wan(others.getLong("cumulative"))).isEqualTo("3497.1");
    JsonObject total = ranking.getJsonObject("total");
    assertThat(total.getInteger("units")).isEqualTo(45);
    assertThat(total.getInteger("systems")).isEqualTo(67);
    assertThat(wan(total.getLong("cumulative"))).isEqualTo("7584.4");
    // Not the seed's figure: the seed prints 131.7万 for the 57 other systems, but each of them must call less than
    // row 10 (0.5万) to stay out of the top ten, so together they call at most 57 × 0.5万 = 28.5万; the total
    // (seed: 320.2万) is short by the same amount.
    assertThat(others.getLong("weekly")).isEqualTo(57 * SeedFamiliesFixture.OTHER_SYSTEM_WEEKLY);
    long rowsWeekly = rows.stream().mapToLong(r -> ((JsonObject) r).getLong("weekly")).sum();
    assertThat(total.getLong("weekly")).isEqualTo(rowsWeekly + others.getLong("weekly"));
  }

  @Test
  void pageQueriesAreTheSeedsAttachment6() {
    JsonObject ranking = ranking("pagequery-visits");
    List<String[]> seed = SeedFamiliesFixture.lines(SeedTables.PAGE_QUERY);
    JsonArray rows = ranking.getJsonArray("rows");
    assertThat(rows).hasSize(10);
    for (int i = 0; i < 10; i++) {
      JsonObject row = rows.getJsonObject(i);
      assertThat(List.of(row.getInteger("rank").toString(), row.getString("unit"), row.getValue("modules").toString(),
          row.getValue("cumulative").toString(), row.getValue("weekly").toString()))
          .as("row %d", i + 1).containsExactly(seed.get(i));
    }
    String[] others = seed.get(10);
    assertThat(ranking.getJsonObject("others")).isEqualTo(new JsonObject().put("units", 39)
        .put("modules", Long.parseLong(others[2])).put("cumulative", Long.parseLong(others[3])).put("weekly", Long.parseLong(others[4])));
    String[] total = seed.get(11);
    JsonObject actual = ranking.getJsonObject("total");
    assertThat(actual.getInteger("units")).isEqualTo(49);
    assertThat(actual.getLong("modules")).isEqualTo(Long.parseLong(total[2]));
    assertThat(actual.getLong("cumulative")).isEqualTo(Long.parseLong(total[3]));
    assertThat(actual.getLong("weekly")).isEqualTo(Long.parseLong(total[4]));
    // 本周共访问69个模块，访问量22,032次，日均访问量3,147次.
    assertThat(actual.getInteger("modules_visited")).isEqualTo(SeedFamiliesFixture.MODULES_VISITED);
    assertThat(new BigDecimal(actual.getValue("daily_average").toString()).setScale(0, RoundingMode.DOWN)).isEqualByComparingTo("3147");
  }

  @Test
  void cityDingtalkIsTheSeedsAttachment17() {
    JsonObject ranking = ranking("dingtalk-city");
    List<String[]> seed = SeedFamiliesFixture.lines(SeedTables.DINGTALK_CITY);
    assertRowsPrintAsSeed(ranking.getJsonArray("rows"), seed.subList(0, seed.size() - 1));
    String[] total = seed.get(seed.size() - 1);
    JsonObject actual = ranking.getJsonObject("total");
    assertThat(List.of(actual.getValue("registered").toString(), percent(actual.getDouble("activation_rate")),
        actual.getValue("activated").toString()))
        .containsExactly(total[1], total[2], total[3]);
    // Not quite the seed's figure: its 6052 adds the rows' cut-down 日均活跃数; the contract adds the unrounded
    // means, which rows such as 钱江新城投资集团 (0.6 a day, printed 0) need to reach their printed rates.
    double rowsDailyActive = ranking.getJsonArray("rows").stream().mapToDouble(r -> ((JsonObject) r).getDouble("daily_active")).sum();
    assertThat(actual.getDouble("daily_active")).isCloseTo(rowsDailyActive, org.assertj.core.data.Offset.offset(1e-6))
        .isBetween(Double.parseDouble(total[4]), Double.parseDouble(total[4]) + 5);
    // Not the seed's figure: the seed prints 24%, which is 6052 / 24955 registered; the contract's total rate
    // divides by activated, 6052 / 23804 = 25%.
    assertThat(percent(actual.getDouble("daily_active_rate"))).isEqualTo("25%");
  }

  @Test
  void districtDingtalkIsTheSeedsAttachment18() {
    JsonObject ranking = ranking("dingtalk-district");
    List<String[]> seed = SeedFamiliesFixture.lines(SeedTables.DINGTALK_DISTRICT);
    List<String[]> rows = seed.subList(0, seed.size() - 1);
    assertRowsPrintAsSeed(ranking.getJsonArray("rows"), rows);
    String[] total = seed.get(seed.size() - 1);
    JsonObject actual = ranking.getJsonObject("total");
    // Not the seed's figures: its 合计 row (86986 registered, 85028 activated, 34249 daily active) is not the sum
    // of its own rows (87046, 85087, 34266), so no data gives both; the total here is the sum of the rows.
    assertThat(actual.getLong("registered")).isEqualTo(rows.stream().mapToLong(r -> Long.parseLong(r[2])).sum())
        .isNotEqualTo(Long.parseLong(total[1]));
    assertThat(actual.getLong("activated")).isEqualTo(rows.stream().mapToLong(r -> Long.parseLong(r[4])).sum());
    assertThat(cut(actual.getDouble("daily_active"))).isEqualTo("34266");
    assertThat(percent(actual.getDouble("activation_rate"))).isEqualTo(total[2]);
    assertThat(actual.getLong("weekly_active")).isPositive();
  }

  private static void assertRowsPrintAsSeed(JsonArray rows, List<String[]> seed) {
    assertThat(rows).hasSize(seed.size());
    for (int i = 0; i < seed.size(); i++) {
      JsonObject row = rows.getJsonObject(i);
      assertThat(List.of(row.getInteger("rank").toString(), row.getString("unit"), row.getValue("registered").toString(),
          percent(row.getDouble("activation_rate")), row.getValue("activated").toString(), cut(row.getDouble("daily_active")),
          percent(row.getDouble("daily_active_rate"))))
          .as("row %d", i + 1).containsExactly(seed.get(i));
    }
  }

  private static JsonObject ranking(String table) {
    Api.Response response = running.api.get("/api/v1/rankings/" + table + "?week=2018-07-20", reader);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** 万 to one decimal, as the seed prints amounts. */
  private static String wan(long amount) {
    return BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP).toPlainString();
  }

  /** A whole percent, cut down, as the seed prints rates (510/776 prints 65%). */
  private static String percent(double rate) {
    return (long) Math.floor(rate * 100 + 1e-9) + "%";
  }

  private static String cut(double value) {
    return String.valueOf((long) Math.floor(value + 1e-9));
  }
}
