package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages a reader opens without a token: the archive of published bulletins and each published revision as a
 * page, a PDF and a Word file. Drafts stay behind the API's token.
 */
class BulletinPagesTest {
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void publishTwoRevisions() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department"))));
    collector = running.api.collector(RunningPlatform.ADMIN, "etl", "exchange");
    collect(123_000_000, "2018-07-16T10:00:00+08:00");
    publish("2018-07-20");
    collect(456_000_000, "2018-07-17T10:00:00+08:00");
    publish("2018-07-20");
    collect(1_000_000, "2018-07-24T10:00:00+08:00");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void theArchiveListsPublishedBulletinsWithTheirRevisionsAndFiles() {
    Api.Response archive = running.api.get("/bulletins", null);
    assertThat(archive.status()).isEqualTo(200);
    assertThat(archive.body()).startsWith("<!DOCTYPE html>").contains("2018年7月20日")
        .contains("href=\"/bulletins/2018-07-20\"").contains("href=\"/bulletins/2018-07-20.pdf\"")
        .contains("href=\"/bulletins/2018-07-20.docx\"").contains("第2版").contains("第1版")
        .contains("href=\"/bulletins/2018-07-20?revision=1\"");
    assertThat(archive.body().indexOf("第2版")).isLessThan(archive.body().indexOf("第1版"));
    assertThat(archive.body()).as("the unpublished week of 7月27日").doesNotContain("2018-07-27");
  }

  @Test
  void aPublishedBulletinIsAPageWithItsOwnFonts() {
    Api.Response page = running.api.get("/bulletins/2018-07-20", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("本周归集总量5.79亿条").contains("data:font/ttf;base64,")
        .doesNotContain("草稿");
    assertThat(running.api.get("/bulletins/2018-07-20?revision=1", null).body()).contains("本周归集总量1.23亿条");
  }

  /** Pages load nothing from elsewhere, run no script and may not be framed; no answer is sniffed for a type. */
  @Test
  void pagesCarryTheirSecurityHeaders() throws Exception {
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + running.platform.port() + "/bulletins/2018-07-20")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
        .contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("script-src"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + running.platform.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(json.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(json.headers().firstValue("Content-Security-Policy")).isEmpty();
  }

  @Test
  void thePdfAndWordFilesAreThePublishedOnes() throws Exception {
    byte[] pdf = running.api.bytes("/bulletins/2018-07-20.pdf", null);
    assertThat(pdf).isEqualTo(running.api.bytes("/api/v1/bulletins/2018-07-20.pdf", collector));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("本周归集总量5.79亿条").doesNotContain("1.23亿条");
    }
    assertThat(running.api.bytes("/bulletins/2018-07-20.docx", null))
        .isEqualTo(running.api.bytes("/api/v1/bulletins/2018-07-20.docx", collector));
  }

  @Test
  void draftsAndMistakesAreNotPages() {
    Api.Response draft = running.api.get("/bulletins/2018-07-27", null);
    assertThat(draft.status()).isEqualTo(404);
    assertThat(draft.body()).contains("2018-07-27").contains("not published");
    assertThat(running.api.get("/bulletins/2018-07-20?revision=3", null).status()).isEqualTo(404);
    assertThat(running.api.get("/bulletins/2018-07-20.md", null).status()).isEqualTo(400);
    assertThat(running.api.get("/bulletins/2018-07-20?revision=zero", null).status()).isEqualTo(400);
    assertThat(running.api.get("/bulletins/2018-02-30", null).status()).isEqualTo(400);
    assertThat(running.api.get("/bulletins/2018-07-20?draft=true", null).body()).doesNotContain("草稿");
  }

  @Test
  void aSettingMakesThePagesTokenOnly() throws Exception {
    try (RunningPlatform closed = RunningPlatform.start(Map.of(AppConfig.BULLETINS_PUBLIC, "false"))) {
      String reader = closed.api.collector(RunningPlatform.ADMIN, "office", "exchange");
      assertThat(closed.api.get("/bulletins", null).status()).isEqualTo(401);
      assertThat(closed.api.get("/bulletins/2018-07-20", null).status()).isEqualTo(401);
      assertThat(closed.api.get("/bulletins", reader).status()).isEqualTo(200);
      assertThat(closed.api.get("/bulletins", reader).body()).contains("尚无已发布的通报");
    }
  }

  private static void collect(long records, String time) {
    Api.Response response = running.api.post("/api/v1/ingest/exchange", collector, new JsonObject().put("points", new JsonArray()
        .add(new JsonObject().put("time", time).put("direction", "collect").put("unit", "市公安局")
            .put("tables", 38).put("fields", 477).put("records", records))));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  private static void publish(String date) {
    Api.Response published = running.api.post("/api/v1/bulletins/" + date + "/publish", RunningPlatform.ADMIN, "application/json", "");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
  }
}
