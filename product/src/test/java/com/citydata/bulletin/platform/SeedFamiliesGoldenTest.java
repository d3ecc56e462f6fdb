package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
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
        actual.getValue("activated").toString(), cut(actual.getDouble("daily_active")), percent(actual.getDouble("daily_active_rate"))))
        .containsExactly(total[1], total[2], total[3], total[4], total[5]);
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
    // of its own rows (87046, 85087, 34266), so no data gives both; the total here is the sum of the rows. Its
    // rates still print as the seed's.
    assertThat(actual.getLong("registered")).isEqualTo(rows.stream().mapToLong(r -> Long.parseLong(r[2])).sum())
        .isNotEqualTo(Long.parseLong(total[1]));
    assertThat(actual.getLong("activated")).isEqualTo(rows.stream().mapToLong(r -> Long.parseLong(r[4])).sum());
    assertThat(cut(actual.getDouble("daily_active"))).isEqualTo("34266");
    assertThat(percent(actual.getDouble("activation_rate"))).isEqualTo(total[2]);
    assertThat(percent(actual.getDouble("daily_active_rate"))).isEqualTo(total[5]);
    assertThat(actual.getLong("weekly_active")).isPositive();
  }

  /**
   * Every seed row is here with its figures. Its 日均活跃率 is the seed's except for the rows named in
   * {@link SeedTables#DINGTALK_RATES_OFF}, which print 日均活跃数 / 注册数 of the plain figures posted. Within one
   * printed percent the seed orders rows by unrounded rates it does not print, so the order checked is the
   * contract's: by rate, the printed percents never rising.
   */
  private static void assertRowsPrintAsSeed(JsonArray rows, List<String[]> seed) {
    Map<String, String> off = new HashMap<>();
    SeedFamiliesFixture.lines(SeedTables.DINGTALK_RATES_OFF).forEach(r -> off.put(r[0], r[2]));
    assertThat(rows).hasSize(seed.size());
    Map<String, JsonObject> byUnit = new HashMap<>();
    int previous = 100;
    for (int i = 0; i < rows.size(); i++) {
      JsonObject row = rows.getJsonObject(i);
      assertThat(row.getInteger("rank")).isEqualTo(i + 1);
      int rate = SeedFamiliesFixture.percent(percent(row.getDouble("daily_active_rate")));
      assertThat(rate).as("row %d", i + 1).isLessThanOrEqualTo(previous);
      previous = rate;
      byUnit.put(row.getString("unit"), row);
    }
    for (String[] printed : seed) {
      JsonObject row = byUnit.get(printed[1]);
      assertThat(row).as(printed[1]).isNotNull();
      assertThat(List.of(row.getValue("registered").toString(), percent(row.getDouble("activation_rate")),
          row.getValue("activated").toString(), cut(row.getDouble("daily_active")), percent(row.getDouble("daily_active_rate"))))
          .as(printed[1]).containsExactly(printed[2], printed[3], printed[4], printed[5], off.getOrDefault(printed[1], printed[6]));
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
