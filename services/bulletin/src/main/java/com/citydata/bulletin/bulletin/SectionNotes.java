package com.citydata.bulletin.bulletin;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;

/**
 * The editorial notes of one section as set for a day: paragraphs printed before (lead) and after (close) the
 * section's generated text, and whether later bulletins carry them.
 *
 * @param section the section's place in the outline, 1 (一) to 5 (五)
 */
record SectionNotes(LocalDate date, int section, List<String> lead, List<String> close, boolean carry) {

  SectionNotes {
    lead = List.copyOf(lead);
    close = List.copyOf(close);
  }

  static SectionNotes fromJson(LocalDate date, int section, JsonObject notes) {
    return new SectionNotes(date, section, strings(notes.getJsonArray("lead")), strings(notes.getJsonArray("close")),
        notes.getBoolean("carry", false));
  }

  JsonObject toJson(String numeral) {
    return new JsonObject().put("date", date.toString()).put("section", numeral).put("lead", new JsonArray(lead))
        .put("close", new JsonArray(close)).put("carry", carry);
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.stream().map(String.class::cast).toList();
  }
}
