package com.citydata.bulletin.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's 500 units, shaped like the seed's city: the city level and its 15 districts (the regions that
 * e-seal, one-window and system integration report by), two special units, and departments for the rest.
 */
final class Catalog {
  static final int UNITS = 500;
  private static final int DISTRICTS = 15;
  private static final int SPECIAL = 2;

  /** One unit: its canonical name and catalog kind. */
  record Unit(int index, String name, String kind) {
    boolean isRegion() {
      return kind.equals("city") || kind.equals("district");
    }
  }

  final List<Unit> units = new ArrayList<>();

  Catalog() {
    units.add(new Unit(0, "市本级", "city"));
    for (int d = 1; d <= DISTRICTS; d++) {
      units.add(new Unit(units.size(), String.format("第%02d区", d), "district"));
    }
    for (int s = 1; s <= SPECIAL; s++) {
      units.add(new Unit(units.size(), String.format("专项数据%d", s), "special"));
    }
    while (units.size() < UNITS) {
      units.add(new Unit(units.size(), String.format("市第%03d局", units.size()), "department"));
    }
  }

  List<Unit> regions() {
    return units.stream().filter(Unit::isRegion).toList();
  }

  /** The body of PUT /api/v1/catalog/units. */
  JsonObject json() {
    JsonArray list = new JsonArray();
    units.forEach(u -> list.add(new JsonObject().put("name", u.name()).put("kind", u.kind())));
    return new JsonObject().put("units", list);
  }
}
