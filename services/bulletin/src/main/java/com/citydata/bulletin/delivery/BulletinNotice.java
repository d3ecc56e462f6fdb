package com.citydata.bulletin.delivery;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What a delivery says about a bulletin, fixed when it is queued so every retry sends the same: the event, the day,
 * the revision, each section's headline (its first generated sentence, as the bulletin prints it), the figures those
 * sections state, and the links. A published revision links to its public pages ({@code /bulletins/{date}} and
 * its .pdf and .docx, at that revision); a draft to the API's live draft, which needs a token.
 */
public final class BulletinNotice {
  private BulletinNotice() {
  }

  public static JsonObject published(JsonObject content, int revision, String baseUrl) {
    String date = content.getString("date");
    String query = "?revision=" + revision;
    return notice("published", content, revision)
        .put("link_text", content.getString("date_text") + "（第" + revision + "版）")
        .put("url", baseUrl + "/bulletins/" + date + query)
        .put("pdf", baseUrl + "/bulletins/" + date + ".pdf" + query)
        .put("docx", baseUrl + "/bulletins/" + date + ".docx" + query);
  }

  /** @param status the line the draft's documents print under the title */
  public static JsonObject draft(JsonObject content, String status, String baseUrl) {
    String date = content.getString("date");
    return notice("draft", content, null)
        .put("status", status)
        .put("link_text", content.getString("date_text"))
        .put("url", baseUrl + "/api/v1/bulletins/" + date + "?draft=true&format=html")
        .put("pdf", baseUrl + "/api/v1/bulletins/" + date + ".pdf?draft=true")
        .put("docx", baseUrl + "/api/v1/bulletins/" + date + ".docx?draft=true");
  }

  private static JsonObject notice(String event, JsonObject content, Integer revision) {
    JsonArray headlines = new JsonArray();
    JsonObject figures = new JsonObject();
    for (Object item : content.getJsonArray("sections")) {
      JsonObject section = (JsonObject) item;
      String heading = section.getString("number") + "、" + section.getString("title");
      JsonObject sectionFigures = new JsonObject();
      String headline = null;
      for (Object p : section.getJsonArray("paragraphs")) {
        JsonObject paragraph = (JsonObject) p;
        if (paragraph.containsKey("note") || paragraph.getString("text", "").isEmpty()) {
          continue;
        }
        if (headline == null) {
          headline = firstSentence(paragraph.getString("text"));
        }
        JsonObject stated = paragraph.getJsonObject("figures", new JsonObject());
        if (!stated.isEmpty()) {
          String name = paragraph.getString("heading", "");
          sectionFigures.put(name.isEmpty() ? section.getString("title") : name, stated);
        }
      }
      if (headline != null) {
        headlines.add(new JsonObject().put("section", heading).put("text", headline));
      }
      if (!sectionFigures.isEmpty()) {
        figures.put(heading, sectionFigures);
      }
    }
    return new JsonObject()
        .put("event", event)
        .put("date", content.getString("date"))
        .put("revision", revision)
        .put("title", content.getString("subtitle") + " " + content.getString("date_text"))
        .put("headlines", headlines)
        .put("figures", figures);
  }

  /** Up to and with the first full stop (。), the way the seed's paragraphs open with their headline figure. */
  static String firstSentence(String text) {
    int end = text.indexOf('。');
    return end < 0 ? text : text.substring(0, end + 1);
  }
}
