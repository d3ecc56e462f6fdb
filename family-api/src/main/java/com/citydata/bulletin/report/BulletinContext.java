package com.citydata.bulletin.report;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What sentences are written from: the bulletin day, this week's ranking tables that have data (by table id, as
 * the rankings API gives them) and the attachment numbers they are printed under.
 */
public record BulletinContext(LocalDate day, Map<String, JsonObject> tables, Map<String, Integer> attachments) {

  public boolean has(String table) {
    return tables.containsKey(table);
  }

  public JsonObject total(String table) {
    return tables.get(table).getJsonObject("total");
  }

  public Optional<Integer> attachment(String table) {
    return Optional.ofNullable(attachments.get(table));
  }

  /**
   * A named platform figure (存储容量, 接口数 …), when reported, from whichever table publishes it among its
   * {@code values}: a family quotes a figure by its name, never by the table or family that keeps it. The sentences
   * that state one are left out without it.
   */
  public Optional<Number> figure(String name) {
    for (JsonObject table : tables.values()) {
      JsonObject values = table == null ? null : table.getJsonObject("values");
      if (values != null && values.getValue(name) instanceof Number n) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }
}
