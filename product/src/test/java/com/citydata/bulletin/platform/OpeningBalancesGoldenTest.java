package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deployment that starts on the seed's week: the admin sets each unit's totals up to 2018-07-13 from the seed's 累计
 * columns (its cumulative less its week) for data exchange, interface calls and page visits, collectors post that week
 * alone, and the first bulletin prints the seed's cumulative figures while its weekly figures, week-over-week changes and
 * trend charts show only the week's posts.
 */
class OpeningBalancesGoldenTest {
  private static final String BALANCE_DAY = "2018-07-13";
  private static RunningPlatform running;
  private static SeedExchangeFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    fixture = new SeedExchangeFixture();
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, fixture.catalog()).status()).isEqualTo(200);
    JsonArray balances = new JsonArray();
    for (SeedExchangeFixture.UnitFigures f : fixture.figures) {
      // By the names the office writes them, aliases too.
      balances.add(new JsonObject().put("direction", f.direction()).put("unit", SeedExchangeFixture.ALIASES.getOrDefault(f.unit(), f.unit()))
          .put("records", f.cumulative() - f.weekly()));
    }
    Api.Response set = running.api.put("/api/v1/ingest/exchange/opening-balances", RunningPlatform.ADMIN,
        new JsonObject().put("date", BALANCE_DAY).put("balances", balances));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().getInteger("stored")).isEqualTo(balances.size());
    String collector = running.collector("etl-1", "exchange");
    List<JsonObject> week = new ArrayList<>();
    for (SeedExchangeFixture.UnitFigures f : fixture.figures) {
      long third = f.weekly() / 3;
      week.add(SeedExchangeFixture.point(SeedExchangeFixture.WINDOW_FIRST_INSTANT, f, f.tables(), f.fields(), third));
      week.add(SeedExchangeFixture.point(SeedExchangeFixture.MIDWEEK, f, f.tables(), f.fields(), third));
      week.add(SeedExchangeFixture.point(SeedExchangeFixture.WINDOW_LAST_SECOND, f, f.tables(), f.fields(), f.weekly() - 2 * third));
    }
    running.api.postAll(collector, "exchange", week);

    // Interface calls and page visits likewise: what the collectors posted before the week becomes each series' balance.
    SeedFamiliesFixture families = new SeedFamiliesFixture();
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, families.catalog()).status()).isEqualTo(200);
    String others = running.collector("etl-2", "interface", "pagequery");
    for (String[] family : new String[][] {{"interface", "calls"}, {"pagequery", "visits"}}) {
      List<JsonObject> points = family[0].equals("interface") ? families.interfacePoints : families.pageQueryPoints;
      JsonArray opening = new JsonArray();
      points.stream().filter(p -> p.getString("time").equals(SeedFamiliesFixture.BEFORE)).map(JsonObject::copy).forEach(balance -> {
        balance.remove("time");
        opening.add(balance);
      });
      Api.Response setOthers = running.api.put("/api/v1/ingest/" + family[0] + "/opening-balances", RunningPlatform.ADMIN,
          new JsonObject().put("date", BALANCE_DAY).put("balances", opening));
      assertThat(setOthers.status()).as(setOthers.body()).isEqualTo(200);
      running.api.postAll(others, family[0], points.stream().filter(p -> !p.getString("time").equals(SeedFamiliesFixture.BEFORE)).toList());
    }
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void theFirstBulletinPrintsTheSeedsCumulativeFiguresAndOnlyTheWeeksPosts() {
    for (String[] table : new String[][] {{"exchange-collect", SeedExchangeTables.COLLECT}, {"exchange-push", SeedExchangeTables.PUSH}}) {
      JsonObject ranking = running.api.get("/api/v1/rankings/" + table[0] + "?week=2018-07-20", RunningPlatform.ADMIN).json();
      List<SeedExchangeTables.Line> seed = SeedExchangeTables.parse(table[1]);
      for (int i = 0; i < 10; i++) {
        JsonObject row = ranking.getJsonArray("rows").getJsonObject(i);
        assertThat(row.getString("unit")).as(table[0] + " row " + i).isEqualTo(seed.get(i).name());
        assertThat(row.getLong("cumulative")).as(row.getString("unit")).isEqualTo(seed.get(i).cumulative());
        assertThat(row.getLong("weekly")).as(row.getString("unit")).isEqualTo(seed.get(i).weekly());
        assertThat(row.getJsonObject("change").getLong("weekly")).as("against a week of no posts").isEqualTo(seed.get(i).weekly());
      }
      SeedExchangeTables.Line total = seed.get(seed.size() - 1);
      assertThat(ranking.getJsonObject("total").getLong("cumulative")).as(table[0]).isEqualTo(total.cumulative());
      assertThat(ranking.getJsonObject("total").getLong("weekly")).as(table[0]).isEqualTo(total.weekly());
      // The week the balances stand at: their totals, and no week's amount.
      JsonObject before = running.api.get("/api/v1/rankings/" + table[0] + "?week=" + BALANCE_DAY, RunningPlatform.ADMIN).json();
      assertThat(before.getJsonObject("total").getLong("cumulative")).isEqualTo(total.cumulative() - total.weekly());
      assertThat(before.getJsonObject("total").getLong("weekly")).isZero();
    }

    JsonObject bulletin = running.api.get("/api/v1/bulletins/2018-07-20?draft=true", RunningPlatform.ADMIN).json();
    String text = bulletin.getJsonArray("sections").getJsonObject(0).encode();
    assertThat(text).contains("累计总归集量388.48亿条").contains("累计总推送363.02亿条").contains("累计服务接口调用量7584万次")
        .contains("累计访问量677,030次");
    JsonArray weekly = bulletin.getJsonObject("trend").getJsonObject("series").getJsonObject("exchange-collect").getJsonArray("weekly");
    List<Object> earlier = weekly.getList().subList(0, weekly.size() - 1);
    assertThat(earlier).as("no enormous week before the first: the balance is no week's posts").allSatisfy(v -> assertThat(v == null
        || ((Number) v).longValue() == 0).isTrue());
    List<SeedExchangeTables.Line> collect = SeedExchangeTables.parse(SeedExchangeTables.COLLECT);
    assertThat(((Number) weekly.getValue(weekly.size() - 1)).longValue()).isEqualTo(collect.get(collect.size() - 1).weekly());
  }

  @Test
  void balancesAreRefusedWholeForAnyBadOneAndALaterOneReplacesTheEarlier() {
    JsonArray bad = new JsonArray()
        .add(new JsonObject().put("direction", "collect").put("unit", "市不存在局").put("records", 1))
        .add(new JsonObject().put("direction", "sideways").put("unit", "市公安局").put("records", 1))
        .add(new JsonObject().put("direction", "collect").put("unit", "市公安局").put("records", -1))
        .add(new JsonObject().put("direction", "collect").put("unit", "市公安局").put("records", 1).put("tables", 3))
        .add(new JsonObject().put("direction", "push").put("unit", "市公安局"));
    String before = running.api.get("/api/v1/ingest/exchange/opening-balances", RunningPlatform.ADMIN).body();
    Api.Response refused = running.api.put("/api/v1/ingest/exchange/opening-balances", RunningPlatform.ADMIN,
        new JsonObject().put("date", "2018-07-06").put("balances", bad));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("市不存在局").contains("sideways").contains("\"tables\"").contains("\"index\":4");
    assertThat(running.api.get("/api/v1/ingest/exchange/opening-balances", RunningPlatform.ADMIN).body()).isEqualTo(before);
    assertThat(running.api.put("/api/v1/ingest/exchange/opening-balances", running.collector("etl-2", "exchange"),
        new JsonObject().put("date", "2018-07-06").put("balances", new JsonArray().add(new JsonObject().put("direction", "collect")
            .put("unit", "市公安局").put("records", 1)))).status()).isEqualTo(403);
    JsonObject police = running.api.get("/api/v1/ingest/exchange/opening-balances", RunningPlatform.ADMIN).json().getJsonArray("balances")
        .stream().map(JsonObject.class::cast).filter(b -> b.getString("unit").equals("市公安局") && b.getString("direction").equals("collect"))
        .findFirst().orElseThrow();
    assertThat(police.getString("date")).isEqualTo(BALANCE_DAY);

    // A later balance of one series replaces its earlier one, and the others stay.
    int count = running.api.get("/api/v1/ingest/exchange/opening-balances", RunningPlatform.ADMIN).json().getJsonArray("balances").size();
    Api.Response replaced = running.api.put("/api/v1/ingest/exchange/opening-balances", RunningPlatform.ADMIN, new JsonObject()
        .put("date", "2018-07-20").put("balances", new JsonArray().add(new JsonObject().put("direction", "push").put("unit", "市公安局")
            .put("records", police.getLong("records")))));
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    JsonArray now = running.api.get("/api/v1/ingest/exchange/opening-balances", RunningPlatform.ADMIN).json().getJsonArray("balances");
    assertThat(now).hasSize(count);
    assertThat(now.stream().map(JsonObject.class::cast).filter(b -> b.getString("unit").equals("市公安局") && b.getString("direction").equals("push"))
        .map(b -> b.getString("date")).toList()).containsExactly("2018-07-20");

    // As a spreadsheet, every bad cell named where the sheet shows it, nothing stored; then a good one.
    String csv = "direction,unit,records\ncollect,市公安局,很多\npush,市不存在局,5\n";
    Api.Response badSheet = running.api.raw("PUT", "/api/v1/ingest/exchange/opening-balances?date=2018-07-20", "Bearer " + RunningPlatform.ADMIN,
        "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(badSheet.status()).as(badSheet.body()).isEqualTo(400);
    assertThat(badSheet.json().getJsonArray("details").stream().map(JsonObject.class::cast).map(d -> d.getString("cell")).toList())
        .containsExactly("C2", "B3");
    assertThat(running.api.get("/api/v1/ingest/exchange/opening-balances", RunningPlatform.ADMIN).json().getJsonArray("balances")).isEqualTo(now);
    Api.Response goodSheet = running.api.raw("PUT", "/api/v1/ingest/exchange/opening-balances?date=2018-07-20", "Bearer " + RunningPlatform.ADMIN,
        "text/csv", "direction,unit,records\ncollect,市公安局,5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(goodSheet.status()).as(goodSheet.body()).isEqualTo(200);
    assertThat(running.api.put("/api/v1/ingest/exchange/opening-balances", RunningPlatform.ADMIN, new JsonObject().put("date", "2018-02-30")
        .put("balances", new JsonArray().add(new JsonObject().put("direction", "collect").put("unit", "市公安局").put("records", 1)))).status())
        .isEqualTo(400);
  }
}
