package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed dashboards are what the generator makes of the registered families' fragments. */
class GrafanaDashboardsTest {
  private static final Path DASHBOARDS = Path.of("..", "grafana", "dashboards");

  @Test
  void theCommittedDashboardsAreTheGeneratedOnes() throws Exception {
    Map<String, JsonObject> generated = GrafanaDashboards.generate(FamilyRegistry.installed());
    try (Stream<Path> files = Files.list(DASHBOARDS)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(generated.keySet());
    }
    for (Map.Entry<String, JsonObject> file : generated.entrySet()) {
      assertThat(new JsonObject(Files.readString(DASHBOARDS.resolve(file.getKey()))))
          .as("%s; regenerate with GrafanaDashboards", file.getKey()).isEqualTo(file.getValue());
    }
  }

  @Test
  void everyFamilyWithPanelsHasItsDashboardAndItsTablesInTheRankings() {
    Map<String, JsonObject> generated = GrafanaDashboards.generate(FamilyRegistry.installed());
    assertThat(generated).containsKeys("overview.json", "rankings.json", "exchange.json", "eseal.json", "elicence.json",
        "demands.json", "indicators.json");
    String rankings = generated.get("rankings.json").encode();
    // The figures that no attachment prints (platform figures, the register's counts) are not kept as snapshots.
    FamilyRegistry.installed().tables().stream().filter(t -> !t.id().equals("indicators") && !t.id().equals("matters-summary"))
        .forEach(table -> assertThat(rankings).as(table.id()).contains("s.table_name = '" + table.id() + "'"));
  }
}
