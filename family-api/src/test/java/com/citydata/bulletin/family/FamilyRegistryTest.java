package com.citydata.bulletin.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FamilyRegistryTest {

  private static Family family(String name, String measurement, String... tables) {
    return new Family() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<SeriesSchema> series() {
        return Optional.ofNullable(measurement).map(m -> new SeriesSchema(m, List.of("unit"), List.of(SeriesSchema.counter("visits"))));
      }

      @Override
      public Batch parse(JsonArray points, IngestContext context) {
        return new Batch.Series(LineBatch.of(List.of()));
      }

      @Override
      public List<RankingTable> rankings() {
        return java.util.Arrays.stream(tables).map(t -> RankingTable.of(t, "Schema", r -> Future.succeededFuture())).toList();
      }
    };
  }

  @Test
  void listsFamiliesByNameWithTheirTablesAndMeasurements() {
    FamilyRegistry registry = FamilyRegistry.of(List.of(family("visits", "page_visits", "visits-a"), family("figures", null, "figures")));
    assertThat(registry.families().stream().map(Family::name)).containsExactly("figures", "visits");
    assertThat(registry.measurements()).containsExactly("page_visits");
    assertThat(registry.table("visits-a")).isPresent();
    assertThat(registry.table("nothing")).isEmpty();
  }

  @Test
  void refusesTwoFamiliesWithOneNameTableOrMeasurement() {
    assertThatThrownBy(() -> FamilyRegistry.of(List.of(family("a", "m1"), family("a", "m2"))))
        .hasMessageContaining("two families are named 'a'");
    assertThatThrownBy(() -> FamilyRegistry.of(List.of(family("a", "m1", "t"), family("b", "m2", "t"))))
        .hasMessageContaining("ranking table 't' is claimed by both a and b");
    assertThatThrownBy(() -> FamilyRegistry.of(List.of(family("a", "m"), family("b", "m"))))
        .hasMessageContaining("measurement 'm' is claimed by both a and b");
  }

  @Test
  void refusesANameThatCannotBeAPathOrGrant() {
    assertThatThrownBy(() -> FamilyRegistry.of(List.of(family("Page Visits", null)))).hasMessageContaining("lower-case");
  }

  @Test
  void aSchemaRefusesNamesTheQueryLanguagesReserve() {
    assertThatThrownBy(() -> new SeriesSchema("licences", List.of("unit"), List.of(SeriesSchema.text("name"))))
        .hasMessageContaining("'name'");
    assertThatThrownBy(() -> new SeriesSchema("licences", List.of("unit"), List.of(SeriesSchema.counter("unit"))))
        .hasMessageContaining("'unit'");
  }
}
