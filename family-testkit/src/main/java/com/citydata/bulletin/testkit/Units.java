package com.citydata.bulletin.testkit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Units of the catalog as {@code PUT /api/v1/catalog/units} takes them. */
public final class Units {

  private Units() {
  }

  /** @param kind department, district, company, special or city */
  public static JsonObject unit(String name, String kind, String... aliases) {
    JsonObject unit = new JsonObject().put("name", name).put("kind", kind);
    return aliases.length == 0 ? unit : unit.put("aliases", new JsonArray(List.of((Object[]) aliases)));
  }
}
