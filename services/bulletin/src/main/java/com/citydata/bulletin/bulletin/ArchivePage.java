package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.json.PlainJson;
import com.citydata.bulletin.report.ChineseNumbers;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The archive a reader opens in a browser: every published bulletin, newest first, with its revisions and links to
 * the page, the PDF and the Word file. Drafts are not listed; they are not published documents.
 */
final class ArchivePage {
  private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ArchivePage() {
  }

  /** @param archive as {@link BulletinArchive#list()} gives it */
  static byte[] render(BulletinSettings settings, JsonObject archive, ZoneId zone) {
    JsonArray bulletins = new JsonArray();
    for (Object entry : archive.getJsonArray("bulletins")) {
      JsonObject bulletin = (JsonObject) entry;
      JsonArray revisions = new JsonArray();
      for (Object revision : bulletin.getJsonArray("revisions")) {
        JsonObject r = (JsonObject) revision;
        revisions.add(new JsonObject().put("revision", r.getInteger("revision"))
            .put("published_at", PUBLISHED.format(Instant.parse(r.getString("published_at")).atZone(zone))));
      }
      bulletins.add(new JsonObject().put("date", bulletin.getString("date"))
          .put("date_text", ChineseNumbers.fullDate(LocalDate.parse(bulletin.getString("date"))))
          .put("revisions", revisions));
    }
    JsonObject model = new JsonObject().put("title", settings.title()).put("subtitle", settings.subtitle())
        .put("issuer", settings.issuer()).put("bulletins", bulletins);
    return Documents.pageWithFonts("archive.ftlx", Map.of("a", PlainJson.of(model)), List.of(Fonts.SANS, Fonts.HEI)).getBytes(StandardCharsets.UTF_8);
  }
}
