package com.citydata.bulletin.families.elicence;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.ranking.RankedRows;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's 附件5 (证照入库使用统计表): every catalogue entry reported, units ordered by their smallest code and
 * entries by code; a unit's entries share its number.
 */
final class ElicenceRanking {
  private ElicenceRanking() {
  }

  static JsonObject table(String name, WeekWindow window, Collection<EntryFigures> entries) {
    Map<String, String> smallestCode = new HashMap<>();
    entries.forEach(e -> smallestCode.merge(e.unit(), e.code(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    List<EntryFigures> ordered = new ArrayList<>(entries);
    ordered.sort(Comparator.comparing((EntryFigures e) -> smallestCode.get(e.unit())).thenComparing(EntryFigures::unit)
        .thenComparing(EntryFigures::code));
    JsonArray rows = new JsonArray();
    int rank = 0;
    String unit = null;
    for (EntryFigures entry : ordered) {
      if (!entry.unit().equals(unit)) {
        unit = entry.unit();
        rank++;
      }
      rows.add(new JsonObject().put("rank", rank).put("unit", entry.unit()).put("code", entry.code()).put("name", entry.name())
          .put("status", entry.status()).put("stored", entry.stored()).put("weekly", entry.weekly()).put("uses", entry.uses()));
    }
    JsonObject total = new JsonObject()
        .put("units", rank)
        .put("entries", ordered.size())
        .put("stored", ordered.stream().mapToLong(EntryFigures::stored).sum())
        .put("weekly", ordered.stream().mapToLong(EntryFigures::weekly).sum())
        .put("uses", ordered.stream().mapToLong(EntryFigures::uses).sum());
    return RankedRows.table(name, window, rows, total);
  }
}
