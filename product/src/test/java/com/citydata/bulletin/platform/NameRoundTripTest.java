package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testing.SharedQuestDb;
import com.citydata.bulletin.testing.UnusualNames;
import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names with every unusual character the input rule allows, posted over HTTP as units, licence names and statuses,
 * business systems, query modules and seals, come back byte for byte: in the rankings a user reads, and in the
 * embedded QuestDB itself over its PostgreSQL wire. (Licence codes are not names: the contract limits them to
 * ASCII letters, digits, '_' and '-'.)
 */
class NameRoundTripTest {
  private static final List<String> NAMES = UnusualNames.ALL;
  /** The Friday a bulletin is issued; points posted on the Monday before it belong to its week. */
  private static final LocalDate FIRST_WEEK = LocalDate.parse("2018-07-20");
  private static final String CITY = "杭州市本级";
  /** The contract's longest status. */
  private static final int STATUS_LENGTH = 50;

  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    JsonArray units = new JsonArray();
    NAMES.forEach(name -> units.add(new JsonObject().put("name", name).put("kind", "department")));
    units.add(new JsonObject().put("name", CITY).put("kind", "city"));
    Api.Response catalog = running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", units));
    assertThat(catalog.status()).as(catalog.body()).isEqualTo(200);
    collector = running.api.collector(RunningPlatform.ADMIN, "etl", "elicence", "interface", "pagequery", "eseal");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  /** 附件5 prints every entry, so one week shows every name as a unit, a licence name and a status. */
  @Test
  void licenceEntriesKeepTheirUnitNameAndStatus() throws SQLException {
    List<JsonObject> points = new ArrayList<>();
    for (int i = 0; i < NAMES.size(); i++) {
      String name = NAMES.get(i);
      points.add(new JsonObject().put("time", monday(0)).put("unit", name).put("code", "E" + i).put("name", name)
          .put("status", status(name)).put("added", i + 1).put("uses", 0));
    }
    running.api.postAll(collector, "elicence", points);

    JsonArray rows = ranking("elicence-catalogue", 0).getJsonArray("rows");
    assertThat(rows).hasSameSizeAs(NAMES);
    assertExactly(column(rows, "unit"), "ranked units");
    assertExactly(column(rows, "name"), "ranked licence names");
    assertExactly(column(rows, "status"), NAMES.stream().map(NameRoundTripTest::status).toList(), "ranked statuses");
    for (Object row : rows) {
      JsonObject entry = (JsonObject) row;
      int sent = Integer.parseInt(entry.getString("code").substring(1));
      assertThat(List.of(entry.getString("unit"), entry.getString("name"))).as(entry.getString("code")).containsOnly(NAMES.get(sent));
      assertThat(entry.getString("status")).isEqualTo(status(NAMES.get(sent)));
      assertThat(entry.getLong("weekly")).as(entry.getString("code")).isEqualTo(sent + 1L);
    }
    assertExactly(stored("elicence_entries", "unit"), "QuestDB units");
    assertExactly(stored("elicence_entries", "licence_name"), "QuestDB licence names");
    assertExactly(stored("elicence_entries", "work_status"), NAMES.stream().map(NameRoundTripTest::status).toList(), "QuestDB statuses");
  }

  /** The city level's seals are all printed, whatever their number. */
  @Test
  void sealsKeepTheirNames() throws SQLException {
    int week = 20;
    List<JsonObject> points = new ArrayList<>();
    for (String name : NAMES) {
      points.add(new JsonObject().put("time", monday(week)).put("region", CITY).put("seal", name).put("stamps", 1));
    }
    running.api.postAll(collector, "eseal", points);

    assertExactly(column(ranking("eseal-city-seals", week).getJsonArray("rows"), "seal"), "ranked seals");
    assertExactly(stored("eseal_stamps", "seal"), "QuestDB seals");
  }

  /** 附件3 prints the week's top ten systems, so the names go in ten a week. */
  @Test
  void businessSystemsKeepTheirNames() throws SQLException {
    List<String> ranked = new ArrayList<>();
    for (int week = 0; week * 10 < NAMES.size(); week++) {
      List<String> names = NAMES.subList(week * 10, Math.min(NAMES.size(), week * 10 + 10));
      List<JsonObject> points = new ArrayList<>();
      for (String name : names) {
        points.add(new JsonObject().put("time", monday(week)).put("unit", name).put("system", name).put("calls", 1));
      }
      running.api.postAll(collector, "interface", points);
      for (Object row : ranking("interface-calls", week).getJsonArray("rows")) {
        JsonObject system = (JsonObject) row;
        if (system.getLong("weekly") == 0) {
          continue; // an earlier week's system, filling a short week's top ten
        }
        assertThat(system.getString("system")).isEqualTo(system.getString("unit"));
        ranked.add(system.getString("system"));
      }
    }
    assertExactly(ranked, "ranked systems");
    assertExactly(stored("interface_calls", "system_name"), "QuestDB system names");
  }

  /** Module names are not printed, but merged ones would be counted once in the modules visited. */
  @Test
  void queryModulesKeepTheirNames() throws SQLException {
    int week = 10;
    List<JsonObject> points = new ArrayList<>();
    for (String name : NAMES) {
      points.add(new JsonObject().put("time", monday(week)).put("unit", NAMES.get(0)).put("module", name).put("visits", 1));
    }
    running.api.postAll(collector, "pagequery", points);

    assertThat(ranking("pagequery-visits", week).getJsonObject("total").getLong("modules_visited")).isEqualTo(NAMES.size());
    assertExactly(stored("page_queries", "module_name"), "QuestDB module names");
  }

  /** A status is free text of at most 50 characters: the name, cut after its 50th code point. */
  private static String status(String name) {
    return name.substring(0, name.offsetByCodePoints(0, Math.min(STATUS_LENGTH, name.codePointCount(0, name.length()))));
  }

  private static List<String> column(JsonArray rows, String column) {
    return rows.stream().map(r -> ((JsonObject) r).getString(column)).toList();
  }

  private static String monday(int week) {
    return FIRST_WEEK.plusWeeks(week).minusDays(4) + "T09:30:00+08:00";
  }

  private static JsonObject ranking(String table, int week) {
    Api.Response response = running.api.get("/api/v1/rankings/" + table + "?week=" + FIRST_WEEK.plusWeeks(week), collector);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** Byte for byte: the UTF-8 bytes in the message show which one changed, even where two names print alike. */
  private static void assertExactly(List<String> read, String what) {
    assertExactly(read, NAMES, what);
  }

  private static void assertExactly(List<String> read, List<String> sent, String what) {
    assertThat(read.stream().map(UnusualNames::utf8)).as(what).containsExactlyInAnyOrderElementsOf(sent.stream().map(UnusualNames::utf8).toList());
    assertThat(read).as(what).containsExactlyInAnyOrderElementsOf(sent);
  }

  /** What QuestDB holds, asked over its PostgreSQL wire without the product's reader in between. */
  private static List<String> stored(String table, String column) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection conn = SharedQuestDb.connect();
         Statement st = conn.createStatement();
         ResultSet rows = st.executeQuery("SELECT " + column + " FROM " + table)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
