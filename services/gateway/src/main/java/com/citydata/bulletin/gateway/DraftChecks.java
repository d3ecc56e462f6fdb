package com.citydata.bulletin.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an editor should look at in a draft before publishing, read from the composed bulletin: the rows whose week's
 * figure moved by more than {@code factor} against last week (up to factor times, or down to a factor-th).
 */
final class DraftChecks {
  private DraftChecks() {
  }

  /** A row to check: its attachment and table, the row's name and the change in percent. */
  record Moved(int attachment, String table, String row, BigDecimal percent) {
  }

  static List<Moved> moved(JsonObject bulletin, double factor) {
    BigDecimal up = BigDecimal.valueOf((factor - 1) * 100);
    BigDecimal down = BigDecimal.valueOf((1 / factor - 1) * 100);
    List<Moved> moved = new ArrayList<>();
    for (JsonObject attachment : objects(bulletin.getJsonArray("attachments"))) {
      for (JsonObject table : objects(attachment.getJsonArray("tables"))) {
        JsonObject ranking = table.getJsonObject("ranking", new JsonObject());
        for (JsonObject row : objects(ranking.getJsonArray("rows"))) {
          Object percent = row.getJsonObject("change", new JsonObject()).getValue("percent");
          if (percent instanceof Number number) {
            BigDecimal change = new BigDecimal(number.toString());
            if (change.compareTo(up) >= 0 || change.compareTo(down) <= 0) {
              String caption = table.getString("caption");
              moved.add(new Moved(attachment.getInteger("number"), caption != null ? caption : attachment.getString("title", ""), name(row),
                  change));
            }
          }
        }
      }
    }
    return moved;
  }

  /** A row is named by its first text: the unit, region or entry it ranks. */
  private static String name(JsonObject row) {
    return row.stream().filter(e -> e.getValue() instanceof String).map(e -> (String) e.getValue()).findFirst().orElse("");
  }

  private static List<JsonObject> objects(JsonArray array) {
    return array == null ? List.of() : array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
  }
}
