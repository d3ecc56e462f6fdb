package com.citydata.bulletin.families.matters;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Section 四's counts and the lists of 附件13–16 from a register snapshot: every list in register order, with its
 * count and its units counted in Chinese collation order (拼音), as the seed lists departments.
 */
final class MattersLists {
  private MattersLists() {
  }

  /** {"matters","with_address","unified_auth","online_rate"}: unified authentication counts among matters with an address. */
  static JsonObject summary(List<Matter> matters) {
    long unified = matters.stream().filter(m -> m.hasAddress() && m.unifiedAuth()).count();
    return new JsonObject()
        .put("matters", matters.size())
        .put("with_address", matters.stream().filter(Matter::hasAddress).count())
        .put("unified_auth", unified)
        .put("online_rate", matters.isEmpty() ? 0.0 : (double) unified / matters.size());
  }

  static JsonObject list(List<Matter> matters, Predicate<Matter> member) {
    List<Matter> items = matters.stream().filter(member).toList();
    Map<String, Integer> byUnit = new TreeMap<>(Collator.getInstance(Locale.CHINA));
    items.forEach(m -> byUnit.merge(m.unit(), 1, Integer::sum));
    JsonArray units = new JsonArray();
    byUnit.forEach((unit, count) -> units.add(new JsonObject().put("unit", unit).put("count", count)));
    return new JsonObject().put("count", items.size()).put("items", new JsonArray(items.stream().map(Matter::toJson).toList()))
        .put("by_unit", units);
  }

  /** Every list by its name in the summary's answer. */
  static Map<String, Predicate<Matter>> lists() {
    return Map.of("rectifying", Matter::rectifying, "elsewhere", Matter::doneElsewhere, "no_address", Matter::noAddress,
        "no_unified_auth", Matter::noUnifiedAuth);
  }
}
