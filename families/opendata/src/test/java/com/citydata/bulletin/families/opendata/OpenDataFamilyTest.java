package com.citydata.bulletin.families.opendata;

import static com.citydata.bulletin.testkit.Units.unit;
import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.platform.GrafanaDashboards;
import com.citydata.bulletin.testkit.Declarations;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A family added from scratch, this folder and a module line: with nothing else of the product changed it is in the
 * served contract, takes points, ranks, prints its own section and attachment, and has its dashboards.
 */
class OpenDataFamilyTest {
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市公安局", "department"),
        unit("市民政局", "department"));
    collector = running.collector("opendata-portal", "opendata");
    assertThat(running.api.post("/api/v1/ingest/opendata", collector, new JsonObject().put("points", new JsonArray(List.of(
        point("2018-07-10T09:00:00+08:00", "市公安局", 10, 200),
        point("2018-07-16T09:30:00+08:00", "市公安局", 12, 340),
        point("2018-07-17T09:30:00+08:00", "市民政局", 3, 1_500))))).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void theServedContractCarriesItsPathAndSchemas() {
    String contract = running.api.get("/api/v1/openapi.yaml", null).body();
    assertThat(contract).contains("/api/v1/ingest/opendata:").contains("OpenDataPoint:").contains("OpenDataRanking:");
  }

  @Test
  void itsPointsAreCheckedByTheContract() {
    JsonObject body = new JsonObject().put("points", new JsonArray().add(point("2018-07-16T09:30:00+08:00", "市公安局", -1, 5)));
    var refused = running.api.post("/api/v1/ingest/opendata", collector, body);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("datasets");
  }

  @Test
  void itsTableRanksTheWeek() {
    JsonObject table = running.api.get("/api/v1/rankings/opendata-downloads?week=2018-07-20", collector).json();
    assertThat(table.getJsonArray("rows").getJsonObject(0).getString("unit")).isEqualTo("市民政局");
    assertThat(table.getJsonArray("rows").getJsonObject(1)).isEqualTo(new JsonObject().put("rank", 2).put("unit", "市公安局")
        .put("datasets", 12L).put("cumulative", 540L).put("weekly", 340L).put("change", new JsonObject().put("new", false)
            .put("weekly", 140L).put("percent", 70.0).put("previous_rank", 1).put("rank", -1)));
    assertThat(table.getJsonObject("total").getLong("weekly")).isEqualTo(1_840L);
  }

  @Test
  void theBulletinPrintsItsSectionAndAttachment() {
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", collector).body();
    assertThat(markdown).contains("一、数据开放情况")
        .contains("2个单位开放数据集15个，本周下载1,840次，较上周增长820.0%，累计下载2,040次。详情见附件1。")
        .contains("数据开放排名表");
  }

  @Test
  void itsDashboardIsGeneratedWithItsOverviewPanel() {
    Map<String, JsonObject> dashboards = GrafanaDashboards.generate(FamilyRegistry.installed());
    assertThat(dashboards.get("opendata.json").getString("title")).isEqualTo("数据开放");
    assertThat(dashboards.get("overview.json").encode()).contains("本周数据集下载量（次）");
  }

  @Test
  void theContractAndTheReadmeSayThePointAsItIsDeclared() {
    OpenDataFamily family = new OpenDataFamily();
    Declarations.assertContractIsTheDeclaration(family);
    Declarations.assertReadmeListsTheDeclaration(family, Path.of("README.md"));
  }

  private static JsonObject point(String time, String unit, long datasets, long downloads) {
    return new JsonObject().put("time", time).put("unit", unit).put("datasets", datasets).put("downloads", downloads);
  }
}
