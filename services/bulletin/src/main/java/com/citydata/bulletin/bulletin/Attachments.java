package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.report.AttachmentBlock;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attachments (附件) of a week: the families' attachment blocks grouped by attachment, in the families' order,
 * numbered from 1 among those with data. Each carries its printed tables; the first is also given as
 * {@code ranking} and {@code layout}, as the bulletin's JSON always had them.
 */
final class Attachments {
  private final List<JsonObject> printed = new ArrayList<>();
  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final List<JsonObject> leftOut = new ArrayList<>();

  Attachments(FamilyRegistry registry, Map<String, JsonObject> tables) {
    Map<String, List<AttachmentBlock>> byAttachment = new LinkedHashMap<>();
    registry.families().stream().flatMap(f -> f.bulletin().attachments().stream())
        .sorted(Comparator.comparingInt(AttachmentBlock::order).thenComparing(AttachmentBlock::attachment)
            .thenComparingInt(AttachmentBlock::position))
        .forEach(block -> byAttachment.computeIfAbsent(block.attachment(), a -> new ArrayList<>()).add(block));
    byAttachment.forEach((key, blocks) -> {
      String title = blocks.stream().filter(b -> b.position() == 0).map(AttachmentBlock::title).findFirst()
          .orElseThrow(() -> new IllegalStateException("attachment " + key + " has no block at position 0 to give its title"));
      List<JsonObject> printedTables = new ArrayList<>();
      for (AttachmentBlock block : blocks) {
        JsonObject ranking = tables.get(block.table());
        RankingTable table = registry.table(block.table())
            .orElseThrow(() -> new IllegalStateException("attachment " + key + " prints an unknown table " + block.table()));
        if (table.hasData(ranking)) {
          printedTables.add(new JsonObject().put("table", block.table()).put("caption", block.caption()).put("note", block.note())
              .put("ranking", ranking).put("layout", block.layout().of(ranking).toJson()));
        } else {
          leftOut.add(new JsonObject().put("attachment", title).put("caption", block.caption()).put("table", block.table()));
        }
      }
      if (printedTables.isEmpty()) {
        return;
      }
      int number = printed.size() + 1;
      printedTables.forEach(t -> numbers.put(t.getString("table"), number));
      JsonObject first = printedTables.get(0);
      String printedTitle = titled(title, first.getJsonObject("ranking"));
      printed.add(new JsonObject()
          .put("number", number)
          .put("title", printedTitle)
          .put("ranking", first.getJsonObject("ranking"))
          .put("layout", first.getJsonObject("layout").copy().put("number", number).put("title", printedTitle).put("table", first.getString("table")))
          .put("tables", new JsonArray(new ArrayList<>(printedTables))));
    });
  }

  /** A title may carry its table's count, as the seed's 未完成整改的事项清单（26） does: "{count}" is the total's count. */
  private static String titled(String title, JsonObject ranking) {
    JsonObject total = ranking.getJsonObject("total", new JsonObject());
    return total.containsKey("count") ? title.replace("{count}", String.valueOf(total.getValue("count"))) : title;
  }

  JsonArray toJson() {
    return new JsonArray(new ArrayList<>(printed));
  }

  /** Each table an attachment would print but has no rows for this week: {"attachment","caption","table"}. */
  List<JsonObject> leftOut() {
    return leftOut;
  }

  /** The attachment number each printed table is under. */
  Map<String, Integer> numbers() {
    return numbers;
  }
}
