package com.citydata.bulletin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.series.PointField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * Holds what a time-series family says of its point elsewhere to its one declaration: the contract fragment's point
 * schema and the rows of its README's table.
 */
public final class Declarations {

  private Declarations() {
  }

  /** The point schema of the family's ingest operation has exactly the declared properties, required and typed. */
  public static void assertContractIsTheDeclaration(SeriesFamily family) {
    Map<String, Object> schema = pointSchema(family);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
    assertThat(properties.keySet()).as("properties of the point").containsExactlyInAnyOrderElementsOf(family.point().names());
    assertThat(schema.get("required")).as("required").asList().containsExactlyInAnyOrderElementsOf(family.point().required());
    for (PointField field : family.point().fields()) {
      Map<String, Object> property = properties.get(field.name());
      switch (field.role()) {
        case TIME -> assertThat(property).as(field.name()).containsEntry("type", "string").containsEntry("format", "date-time");
        case DATE -> assertThat(property).as(field.name()).containsEntry("type", "string").containsEntry("format", "date");
        case COUNTER, GAUGE -> assertThat(property).as(field.name()).containsEntry("type", "integer").containsEntry("minimum", 0);
        case TAG, TEXT -> {
          assertThat(property).as(field.name()).containsEntry("type", "string");
          if (!field.choices().isEmpty()) {
            assertThat(property.get("enum")).as(field.name()).asList().containsExactlyElementsOf(field.choices());
          }
        }
      }
    }
  }

  /** The README has a row {@code | `name` |} for every declared property. */
  public static void assertReadmeListsTheDeclaration(SeriesFamily family, Path readme) {
    Set<String> rows = new LinkedHashSet<>();
    try {
      for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
        if (line.startsWith("| `")) {
          rows.add(line.substring(3, line.indexOf('`', 3)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(rows).as("rows of " + readme).containsAll(family.point().names());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> pointSchema(SeriesFamily family) {
    Map<String, Object> contract = new Yaml().load(family.contract());
    Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) contract.get("paths"))
        .get("/api/v1/ingest/" + family.name())).get("post");
    Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) post.get("requestBody"))
        .get("content")).get("application/json");
    Map<String, Object> points = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) body.get("schema"))
        .get("properties")).get("points");
    String ref = (String) ((Map<String, Object>) points.get("items")).get("$ref");
    return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) contract.get("components")).get("schemas"))
        .get(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
