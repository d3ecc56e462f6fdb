package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.report.ChartSpec;
import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What every registered family owes the platform, checked for each one found on the class path, so a new family
 * that forgets a part fails here rather than in front of a reader: its contract fragment parses and is served, its
 * ingest path is a collector's, every table ranks an empty week, and every chart draws fields its tables have.
 */
class FamilyConformanceTest {
  private static final FamilyRegistry REGISTRY = FamilyRegistry.installed();
  private static RunningPlatform running;
  private static Map<String, Object> served;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    served = new Yaml().load(running.api.get("/api/v1/openapi.yaml", null).body());
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void theFamiliesOfSectionOneAreRegistered() {
    assertThat(REGISTRY.families().stream().map(Family::name)).contains("exchange", "interface", "pagequery", "dingtalk", "eseal",
        "elicence", "demands", "indicators");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFragmentParsesAndItsIngestIsServed() {
    Map<String, Object> paths = (Map<String, Object>) served.get("paths");
    for (Family family : REGISTRY.families()) {
      Map<String, Object> fragment = new Yaml().load(family.contract());
      assertThat(fragment).as(family.name()).containsKey("paths");
      ((Map<String, Object>) fragment.get("paths")).keySet().forEach(path -> assertThat(paths).as(family.name()).containsKey(path));
      // Its ingest: a collector's post, or an editor's list or file; each reaches the family's ingest service.
      List<Map<String, Object>> ingest = paths.values().stream().flatMap(item -> ((Map<String, Object>) item).values().stream())
          .filter(op -> op instanceof Map<?, ?> m && family.name().equals(m.get("x-family"))).map(op -> (Map<String, Object>) op).toList();
      assertThat(ingest).as(family.name()).isNotEmpty()
          .allSatisfy(op -> assertThat(op.get("x-access")).isIn("collector", "admin"));
    }
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) served.get("components")).get("schemas");
    assertThat((List<String>) ((Map<String, Object>) schemas.get("Family")).get("enum"))
        .containsExactlyElementsOf(REGISTRY.families().stream().map(Family::name).toList());
  }

  /** A key with no value is what an unquoted comma in a YAML flow map leaves behind: a broken description. */
  @Test
  void theServedDocumentHasNoKeyWithoutAValue() {
    List<String> empty = new java.util.ArrayList<>();
    findEmpty(served, "#", empty);
    assertThat(empty).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static void findEmpty(Object node, String at, List<String> empty) {
    if (node instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).forEach((key, value) -> {
        if (value == null) {
          empty.add(at + "/" + key);
        }
        findEmpty(value, at + "/" + key, empty);
      });
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        findEmpty(list.get(i), at + "/" + i, empty);
      }
    }
  }

  @Test
  void everyTableRanksAnEmptyWeekAndHasNothingToPrint() {
    String reader = running.api.collector(RunningPlatform.ADMIN, "office", "exchange");
    for (RankingTable table : REGISTRY.tables()) {
      Api.Response response = running.api.get("/api/v1/rankings/" + table.id() + "?week=2018-07-20", reader);
      assertThat(response.status()).as(table.id() + ": " + response.body()).isEqualTo(200);
      assertThat(response.json().getString("table")).isEqualTo(table.id());
      assertThat(table.hasData(response.json())).as(table.id()).isFalse();
    }
    JsonObject bulletin = running.api.get("/api/v1/bulletins/2018-07-20", reader).json();
    assertThat(bulletin.getJsonArray("sections")).isEmpty();
    assertThat(bulletin.getJsonArray("attachments")).isEmpty();
  }

  @Test
  void everyChartDrawsFieldsItsTablesHave() {
    String reader = running.api.collector(RunningPlatform.ADMIN, "charts", "exchange");
    Set<String> tables = REGISTRY.tables().stream().map(RankingTable::id).collect(Collectors.toSet());
    List<ChartSpec> charts = REGISTRY.families().stream().flatMap(f -> f.bulletin().charts().stream()).toList();
    assertThat(charts.stream().map(ChartSpec::id)).doesNotHaveDuplicates();
    for (ChartSpec chart : charts) {
      for (ChartSpec.Line line : chart.lines()) {
        assertThat(tables).as(chart.id()).contains(line.table());
        JsonObject total = running.api.get("/api/v1/rankings/" + line.table() + "?week=2018-07-20", reader).json().getJsonObject("total");
        assertThat(total.fieldNames()).as(chart.id() + " draws " + line.table() + "." + line.field()).contains(line.field());
      }
    }
  }
}
