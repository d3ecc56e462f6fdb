package com.citydata.bulletin.report;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Text a family adds to a paragraph, placed by {@code order}, with the figures it states. {@code see} names the
 * ranking tables it rests on: the paragraph ends with “详情见附件…” for their attachments.
 */
public record Sentence(String paragraph, int order, String text, JsonObject figures, List<String> see) {
  public Sentence {
    see = List.copyOf(see);
  }

  /** The named figures of a table's total, as a sentence's figures. */
  public static JsonObject pick(JsonObject total, String... names) {
    JsonObject figures = new JsonObject();
    for (String name : names) {
      figures.put(name, total.getValue(name));
    }
    return figures;
  }
}
