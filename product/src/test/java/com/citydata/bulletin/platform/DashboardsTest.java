package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.families.dingtalk.DingtalkSeries;
import com.citydata.bulletin.families.exchange.Direction;
import com.citydata.bulletin.families.exchange.ExchangeSeries;
import com.citydata.bulletin.families.interface_.InterfaceSeries;
import com.citydata.bulletin.families.pagequery.PageQuerySeries;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesPoint;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.testing.TestInfluxDb;
import com.citydata.bulletin.testing.TestPostgres;
import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Grafana dashboards as a viewer would meet them: every file parses with a unique uid and uses only the
 * provisioned datasources; every InfluxQL query, with Grafana's macros and variables filled in, runs on a real
 * InfluxDB holding data in the product's schema and returns series; every SQL query runs on the product's
 * PostgreSQL schema after a bulletin was published and returns rows.
 */
class DashboardsTest {
  private static final Path GRAFANA = Path.of("..", "grafana");
  private static final List<String> UNITS = List.of("市公安局", "江干区");

  @Test
  void dashboardsParseHaveUniqueUidsAndUseProvisionedDatasources() throws Exception {
    Set<String> provisioned = provisionedDatasources();
    Set<String> uids = new HashSet<>();
    List<JsonObject> dashboards = dashboards();
    assertThat(dashboards).hasSizeGreaterThanOrEqualTo(6);
    for (JsonObject dashboard : dashboards) {
      assertThat(uids.add(dashboard.getString("uid"))).as("uid %s is unique", dashboard.getString("uid")).isTrue();
      assertThat(dashboard.getString("title")).isNotBlank();
      for (JsonObject datasource : datasources(dashboard)) {
        assertThat(provisioned).as(dashboard.getString("uid")).contains(datasource.getString("uid"));
      }
    }
  }

  @Test
  void everyInfluxQlQueryReturnsSeries() throws Exception {
    String database = TestInfluxDb.newDatabase();
    TestInfluxDb.write(database, productData());
    List<String> queries = new ArrayList<>();
    for (JsonObject dashboard : dashboards()) {
      queries(dashboard, "bulletin-influxdb", "query").forEach(queries::add);
    }
    assertThat(queries).hasSizeGreaterThan(20);
    for (String query : queries) {
      JsonObject answer = new JsonObject(TestInfluxDb.query(database, fillInfluxMacros(query)));
      JsonObject result = answer.getJsonArray("results").getJsonObject(0);
      assertThat(result.getString("error")).as(query).isNull();
      assertThat(result.getJsonArray("series")).as("series of %s", query).isNotEmpty();
    }
  }

  @Test
  void everySqlQueryReturnsRowsOnThePublishedSchema() throws Exception {
    LocalDate week = LocalDate.of(2018, 7, 20);
    try (RunningPlatform running = RunningPlatform.start(Map.of())) {
      loadAndPublish(running, week);
      String url = running.platform.config().require(com.citydata.bulletin.config.AppConfig.PG_URL);
      try (Connection conn = DriverManager.getConnection(TestPostgres.jdbc(url), TestPostgres.user(url), null)) {
        List<String> queries = new ArrayList<>();
        for (JsonObject dashboard : dashboards()) {
          queries(dashboard, "bulletin-postgres", "rawSql").forEach(queries::add);
          queries(dashboard, "bulletin-postgres", "query").forEach(queries::add);
        }
        assertThat(queries).hasSizeGreaterThan(10);
        for (String query : queries) {
          try (ResultSet rows = conn.createStatement().executeQuery(query.replace("$week", week.toString()))) {
            assertThat(rows.next()).as("rows of %s", query).isTrue();
          }
        }
      }
    }
  }

  private static void loadAndPublish(RunningPlatform running, LocalDate week) {
    Api api = running.api;
    JsonArray units = new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department"))
        .add(new JsonObject().put("name", "江干区").put("kind", "district"));
    assertThat(api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", units)).status()).isEqualTo(200);
    String collector = api.collector(RunningPlatform.ADMIN, "etl", "exchange", "interface", "pagequery", "dingtalk");
    String time = week.minusDays(2) + "T10:00:00+08:00";
    for (String unit : UNITS) {
      post(api, collector, "exchange", new JsonObject().put("time", time).put("direction", "collect").put("unit", unit)
          .put("tables", 3).put("fields", 30).put("records", 1000));
      post(api, collector, "exchange", new JsonObject().put("time", time).put("direction", "push").put("unit", unit)
          .put("tables", 3).put("fields", 30).put("records", 500));
      post(api, collector, "interface", new JsonObject().put("time", time).put("unit", unit).put("system", "共享平台").put("calls", 70));
      post(api, collector, "pagequery", new JsonObject().put("time", time).put("unit", unit).put("module", "户籍查询").put("visits", 9));
      post(api, collector, "dingtalk", new JsonObject().put("date", week.minusDays(2).toString()).put("unit", unit)
          .put("registered", 100).put("activated", 90).put("active", 40));
    }
    postEveryContractExample(api);
    // A unit that reported the week before and not this one, so the week's reminder names it.
    assertThat(api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市民政局").put("kind", "department")))).status()).isEqualTo(200);
    post(api, collector, "exchange", new JsonObject().put("time", week.minusDays(9) + "T10:00:00+08:00").put("direction", "collect")
        .put("unit", "市民政局").put("tables", 1).put("fields", 2).put("records", 3));
    assertThat(api.post("/api/v1/reminders/" + week, RunningPlatform.ADMIN, "application/json", "").status()).isEqualTo(200);
    // A subscriber that is not listening, so the delivery panels show a delivery still being retried.
    assertThat(api.post("/api/v1/subscriptions", RunningPlatform.ADMIN, new JsonObject().put("name", "统计平台").put("kind", "webhook")
        .put("url", "http://127.0.0.1:9/hook").put("secret", "s").put("events", new JsonArray().add("published"))).status()).isEqualTo(201);
    assertThat(api.post("/api/v1/bulletins/" + week + "/publish", RunningPlatform.ADMIN, "application/json", "").status())
        .isEqualTo(201);
  }

  /**
   * Every family's own example requests, as its contract documents them (a collector's points, an editor's list,
   * a register file), so each published table has rows; the units the examples name are added to the catalog
   * first (the city level as kind city, districts as district).
   */
  @SuppressWarnings("unchecked")
  private static void postEveryContractExample(Api api) {
    JsonObject paths = new JsonObject((Map<String, Object>) new Yaml().load(api.get("/api/v1/openapi.yaml", null).body())).getJsonObject("paths");
    JsonArray units = new JsonArray();
    List<String> families = FamilyRegistry.installed().families().stream().map(com.citydata.bulletin.family.Family::name).toList();
    List<Runnable> posts = new ArrayList<>();
    String[] collector = new String[1];
    paths.forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
      if (!(op.getValue() instanceof JsonObject operation) || operation.getString("x-family") == null) {
        return;
      }
      JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
      String target = path.getKey().replace("{date}", "2018-07-20");
      String token = "admin".equals(operation.getString("x-access")) ? RunningPlatform.ADMIN : null;
      if (content.containsKey("application/json")) {
        JsonObject example = content.getJsonObject("application/json").getJsonObject("example");
        JsonArray items = example.containsKey("items") ? example.getJsonArray("items") : example.getJsonArray("points");
        for (Object item : items) {
          for (String field : List.of("unit", "region")) {
            String name = ((JsonObject) item).getString(field);
            if (name != null) {
              units.add(new JsonObject().put("name", name).put("kind", name.endsWith("本级") ? "city" : name.endsWith("区") ? "district" : "department"));
            }
          }
        }
        posts.add(() -> {
          Api.Response response = op.getKey().equals("put") ? api.put(target, token == null ? collector[0] : token, example)
              : api.post(target, token == null ? collector[0] : token, example);
          assertThat(response.status()).as(target + ": " + response.body()).isEqualTo(200);
        });
      } else {
        String csv = content.getJsonObject("text/csv").getString("example");
        posts.add(() -> assertThat(api.post(target + "?date=2018-07-20", RunningPlatform.ADMIN, "text/csv", csv).status()).as(target)
            .isEqualTo(200));
      }
    }));
    JsonArray distinct = new JsonArray(units.stream().distinct().toList());
    assertThat(api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", distinct)).status()).isEqualTo(200);
    collector[0] = api.collector(RunningPlatform.ADMIN, "examples", families.toArray(String[]::new));
    posts.forEach(Runnable::run);
  }

  private static void post(Api api, String token, String family, JsonObject point) {
    Api.Response response = api.post("/api/v1/ingest/" + family, token, new JsonObject().put("points", new JsonArray().add(point)));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  /**
   * Three weeks up to now for two units in every family, as the product writes them; the families beyond the first
   * four get figures made from their schema (first tag the unit, numbers for counters and gauges).
   */
  private static List<String> productData() {
    LineBatch.Builder points = new LineBatch.Builder(0);
    Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    Set<String> written = Set.of(ExchangeSeries.MEASUREMENT, InterfaceSeries.MEASUREMENT, PageQuerySeries.MEASUREMENT, DingtalkSeries.MEASUREMENT);
    for (int day = 0; day < 21; day++) {
      Instant time = now.minus(Duration.ofDays(day)).minus(Duration.ofHours(1));
      Instant midnight = LocalDate.ofInstant(time, ZoneId.of("Asia/Shanghai")).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
      for (String unit : UNITS) {
        ExchangeSeries.write(points, time, Direction.COLLECT, unit, 30, 400, 10_000 + day);
        ExchangeSeries.write(points, time, Direction.PUSH, unit, 20, 300, 5_000 + day);
        InterfaceSeries.write(points, time, unit, "共享平台", 700 + day);
        PageQuerySeries.write(points, time, unit, "户籍查询", 90 + day);
        DingtalkSeries.write(points, midnight, unit, 1000, 950, 400 + day, OptionalLong.of(700));
        for (SeriesSchema schema : FamilyRegistry.installed().schemas()) {
          if (!written.contains(schema.measurement())) {
            points.add(fromSchema(schema, midnight, unit, 100 + day));
          }
        }
      }
    }
    return points.build().lines().toString().lines().toList();
  }

  private static SeriesPoint fromSchema(SeriesSchema schema, Instant time, String unit, long value) {
    Map<String, String> tags = new java.util.HashMap<>();
    schema.tags().forEach(tag -> tags.put(tag, tags.isEmpty() ? unit : "样例"));
    Map<String, Object> fields = new java.util.HashMap<>();
    schema.fields().forEach(f -> fields.put(f.name(), f.kind() == SeriesSchema.Kind.TEXT ? (Object) "已归集" : (Object) value));
    return SeriesPoint.of(schema.measurement(), tags, fields, time);
  }

  /** Grafana's macros and variables, as Grafana substitutes them for a 90-day range and both units selected. */
  private static String fillInfluxMacros(String query) {
    return query.replace("$timeFilter", "time >= now() - 90d")
        .replace("$__interval", "1d")
        .replace("/^$unit$/", "/^(" + String.join("|", UNITS) + ")$/");
  }

  private static Stream<String> queries(JsonObject dashboard, String datasourceUid, String field) {
    List<String> found = new ArrayList<>();
    for (Object p : dashboard.getJsonArray("panels")) {
      for (Object t : ((JsonObject) p).getJsonArray("targets", new JsonArray())) {
        JsonObject target = (JsonObject) t;
        if (datasourceUid.equals(target.getJsonObject("datasource").getString("uid")) && target.containsKey(field)) {
          found.add(target.getString(field));
        }
      }
    }
    for (Object v : dashboard.getJsonObject("templating").getJsonArray("list")) {
      JsonObject variable = (JsonObject) v;
      if (datasourceUid.equals(variable.getJsonObject("datasource").getString("uid")) && "query".equals(field)) {
        found.add(variable.getString("query"));
      }
    }
    return found.stream();
  }

  private static List<JsonObject> datasources(JsonObject dashboard) {
    List<JsonObject> all = new ArrayList<>();
    for (Object p : dashboard.getJsonArray("panels")) {
      JsonObject panel = (JsonObject) p;
      all.add(panel.getJsonObject("datasource"));
      panel.getJsonArray("targets", new JsonArray()).forEach(t -> all.add(((JsonObject) t).getJsonObject("datasource")));
    }
    dashboard.getJsonObject("templating").getJsonArray("list").forEach(v -> all.add(((JsonObject) v).getJsonObject("datasource")));
    return all;
  }

  private static List<JsonObject> dashboards() throws Exception {
    try (Stream<Path> files = Files.list(GRAFANA.resolve("dashboards"))) {
      List<JsonObject> dashboards = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        dashboards.add(new JsonObject(Files.readString(file)));
      }
      return dashboards;
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> provisionedDatasources() throws Exception {
    Set<String> uids = new HashSet<>();
    try (Stream<Path> files = Files.list(GRAFANA.resolve("provisioning").resolve("datasources"))) {
      for (Path file : files.toList()) {
        Map<String, Object> yaml = new Yaml().load(Files.readString(file));
        for (Map<String, Object> datasource : (List<Map<String, Object>>) yaml.get("datasources")) {
          uids.add((String) datasource.get("uid"));
        }
      }
    }
    return uids;
  }
}
