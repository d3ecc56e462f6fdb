package com.citydata.bulletin.gateway;

import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.json.PlainJson;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The OpenAPI document the gateway serves and validates with: the core contract ({@code openapi.yaml}: catalog,
 * collectors, rankings, bulletins) with each registered family's fragment spliced in (its paths and schemas, its
 * rankings' descriptions and answer schemas, its name among the grantable families). Two families may not claim
 * one path or schema, and a table's answer schema must exist.
 */
public final class ServedContract {
  /** The core contract on the class path. */
  public static final String CORE = "openapi.yaml";
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final String RANKINGS = "getRanking";
  /** Marks an operation that takes a spreadsheet of points beside JSON. */
  static final String SHEETS = "x-sheets";

  private final JsonObject document;

  private ServedContract(JsonObject document) {
    this.document = document;
  }

  /** The served contract of the families on the class path. */
  static final List<String> ACCESS = List.of("public", "published", "reader", "signed-in", "collector", "editor", "admin");

  public static ServedContract installed() {
    return Installed.CONTRACT;
  }

  private static final class Installed {
    static final ServedContract CONTRACT = of(FamilyRegistry.installed());
  }

  public static ServedContract of(FamilyRegistry registry) {
    JsonObject document = load(resource(CORE), CORE);
    JsonObject paths = document.getJsonObject("paths");
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    JsonObject rankings = operation(document, RANKINGS);
    StringBuilder tables = new StringBuilder("Tables (the seed's attachments and the bulletin's other tables):\n");
    for (Family family : registry.families()) {
      JsonObject fragment = load(family.contract(), "the contract of family " + family.name());
      fragment.getJsonObject("paths", new JsonObject()).forEach(path -> {
        if (paths.containsKey(path.getKey())) {
          throw new IllegalStateException("family " + family.name() + " claims the path " + path.getKey() + " already served");
        }
        JsonObject item = (JsonObject) path.getValue();
        item.forEach(op -> {
          JsonObject operation = (JsonObject) op.getValue();
          // A collector's post and any operation the family declares it ingests reach the family's ingest verticle.
          if (METHODS.contains(op.getKey()) && ("collector".equals(operation.getString("x-access")) || operation.containsKey("x-ingest"))) {
            operation.put("x-family", family.name());
          }
          if ("post".equals(op.getKey()) && family.series().isPresent() && "collector".equals(operation.getString("x-access"))) {
            takesSheets(operation);
          }
        });
        paths.put(path.getKey(), item);
      });
      fragment.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject()).forEach(schema -> {
        if (schemas.containsKey(schema.getKey())) {
          throw new IllegalStateException("family " + family.name() + " claims the schema " + schema.getKey() + " already defined");
        }
        schemas.put(schema.getKey(), schema.getValue());
      });
      if (fragment.getString("rankings") != null) {
        tables.append(fragment.getString("rankings"));
      }
    }
    // The answer's shape follows its "table": a discriminator maps each table id to its family's schema.
    JsonObject answer = rankings.getJsonObject("responses").getJsonObject("200").getJsonObject("content")
        .getJsonObject("application/json").getJsonObject("schema");
    JsonObject mapping = new JsonObject();
    for (RankingTable table : registry.tables()) {
      if (!schemas.containsKey(table.schema())) {
        throw new IllegalStateException("the table " + table.id() + " answers with the schema " + table.schema() + ", which no contract defines");
      }
      mapping.put(table.id(), "#/components/schemas/" + table.schema());
    }
    mapping.stream().map(e -> e.getValue()).distinct().forEach(ref -> answer.getJsonArray("oneOf").add(new JsonObject().put("$ref", ref)));
    answer.put("discriminator", new JsonObject().put("propertyName", "table").put("mapping", mapping));
    rankings.put("description", tables + "\n" + rankings.getString("description"));
    schemas.getJsonObject("Family").put("enum", new JsonArray(registry.families().stream().map(Family::name).toList()));
    schemas.getJsonObject("SeriesFamily").put("enum", new JsonArray(registry.seriesFamilies()));
    requireAccess(document);
    return new ServedContract(document);
  }

  /**
   * A time-series family's post takes its points as a spreadsheet too, in the media types and the shape the core
   * contract's {@code SheetUpload} says: the family's template, read by the same rules as JSON.
   */
  private static void takesSheets(JsonObject operation) {
    JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
    JsonObject binary = new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/SheetFile"));
    content.put(Uploads.XLSX, binary.copy());
    content.put("text/csv", binary.copy());
    content.put("multipart/form-data", new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/SheetForm")));
    operation.put(SHEETS, true);
    operation.put("description", operation.getString("description", "") + "\n\nThe points may come as the family's spreadsheet "
        + "instead (`GET /api/v1/ingest/{family}/template.xlsx` or `template.csv`): see `SheetFile`.");
  }

  /** Who may call an operation is part of its contract: one that does not say is a defect, found at start-up. */
  static void requireAccess(JsonObject document) {
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
      if (METHODS.contains(op.getKey()) && !ACCESS.contains(((JsonObject) op.getValue()).getString("x-access", ""))) {
        throw new IllegalStateException(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()
            + " declares no access: x-access must be one of " + String.join(", ", ACCESS));
      }
    }));
  }

  /** The operation with this id; the document is checked to have it. */
  static JsonObject operation(JsonObject document, String operationId) {
    for (Map.Entry<String, Object> path : document.getJsonObject("paths")) {
      for (Map.Entry<String, Object> op : (JsonObject) path.getValue()) {
        if (METHODS.contains(op.getKey()) && operationId.equals(((JsonObject) op.getValue()).getString("operationId"))) {
          return (JsonObject) op.getValue();
        }
      }
    }
    throw new IllegalStateException("the contract has no operation " + operationId);
  }

  /** A copy of the whole document. */
  public JsonObject json() {
    return document.copy();
  }

  /** The document as served at /api/v1/openapi.yaml. */
  public String yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setWidth(120);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setSplitLines(false);
    return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options).dump(PlainJson.of(document));
  }

  /** Every operationId the document has, with the families' ingest operations by family. */
  List<Map.Entry<String, JsonObject>> operations() {
    List<Map.Entry<String, JsonObject>> operations = new ArrayList<>();
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
      if (METHODS.contains(op.getKey())) {
        operations.add(Map.entry(((JsonObject) op.getValue()).getString("operationId"), (JsonObject) op.getValue()));
      }
    }));
    return operations;
  }

  private static JsonObject load(String yaml, String what) {
    Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new IllegalStateException(what + " is not a YAML map");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> document = (Map<String, Object>) map;
    return new JsonObject(document).copy();
  }

  private static String resource(String name) {
    try (InputStream in = ServedContract.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
