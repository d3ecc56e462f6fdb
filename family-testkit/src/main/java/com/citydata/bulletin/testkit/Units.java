package com.citydata.bulletin.testkit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Units of the catalog as {@code PUT /api/v1/catalog/units} takes them. */
public final class Units {

  private Units() {
  }

  /**
   * The units an example names, as the catalog must hold them for it to be accepted: a {@code unit} is a department, a
   * {@code region} a district, or the city level when it ends in 本级.
   */
  public static List<JsonObject> inExample(Object example) {
    Map<String, String> units = new LinkedHashMap<>();
    collect(example, units);
    return units.entrySet().stream().map(e -> unit(e.getKey(), e.getValue())).toList();
  }

  private static void collect(Object value, Map<String, String> units) {
    if (value instanceof JsonObject object) {
      object.forEach(e -> {
        if (e.getKey().equals("unit") && e.getValue() instanceof String name) {
          units.putIfAbsent(name, "department");
        } else if (e.getKey().equals("region") && e.getValue() instanceof String name) {
          units.put(name, name.endsWith("本级") ? "city" : "district");
        } else {
          collect(e.getValue(), units);
        }
      });
    } else if (value instanceof JsonArray array) {
      array.forEach(v -> collect(v, units));
    }
  }

  /** @param kind department, district, company, special or city */
  public static JsonObject unit(String name, String kind, String... aliases) {
    JsonObject unit = new JsonObject().put("name", name).put("kind", kind);
    return aliases.length == 0 ? unit : unit.put("aliases", new JsonArray(List.of((Object[]) aliases)));
  }
}
