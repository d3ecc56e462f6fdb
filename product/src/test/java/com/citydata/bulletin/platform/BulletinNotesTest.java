package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Editorial notes as an editor and a reader meet them: set, carried to later bulletins, replaced, removed, frozen
 * by publishing, refused when they are not plain paragraphs, and printed as text in every format whatever they hold.
 */
class BulletinNotesTest {
  private static final String SCRIPT = "<script>alert(\"注入\")</script>";
  private static final String MARKDOWN = "**粗体** _斜体_ [链接](http://127.0.0.1/x) # 标题 | 表 | `代码`";
  private static final String WORD = "{ PAGE } & <w:p/> \"引号\" 'single'";
  private static RunningPlatform running;
  private static String reader;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    reader = running.api.collector(RunningPlatform.ADMIN, "office", "exchange");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static String path(String date, String section) {
    return "/api/v1/bulletins/" + date + "/notes/" + URLEncoder.encode(section, StandardCharsets.UTF_8);
  }

  private static Api.Response put(String date, String section, List<String> lead, List<String> close, boolean carry) {
    return running.api.put(path(date, section), RunningPlatform.ADMIN, new JsonObject()
        .put("lead", new JsonArray(lead)).put("close", new JsonArray(close)).put("carry", carry));
  }

  private static List<JsonObject> section(JsonObject bulletin, String title) {
    return bulletin.getJsonArray("sections").stream().map(JsonObject.class::cast).filter(s -> s.getString("title").equals(title))
        .flatMap(s -> s.getJsonArray("paragraphs").stream().map(JsonObject.class::cast)).toList();
  }

  private static JsonObject bulletin(String date) {
    Api.Response response = running.api.get("/api/v1/bulletins/" + date + "?draft=true", reader);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void notesAreCarriedUntilReplacedAndAnEarlierOneAppliesAgainWhenALaterIsRemoved() {
    assertThat(put("2018-06-29", "三", List.of("数据资源平台建设：完成试点单位项目空间初始化。"), List.of("详情见附件。"), true).status()).isEqualTo(200);
    assertThat(put("2018-07-13", "三", List.of("大脑平台大屏建设：视觉设计进行中。"), List.of(), false).status()).isEqualTo(200);

    // A section with notes and no data prints with its notes alone; it is the first printed, so numbered 一.
    List<JsonObject> june = section(bulletin("2018-07-06"), "杭州城市数据大脑平台建设情况");
    assertThat(june.stream().map(p -> p.getString("text"))).containsExactly("数据资源平台建设：完成试点单位项目空间初始化。", "详情见附件。");
    assertThat(june.get(0).getString("note")).isEqualTo("lead");
    assertThat(bulletin("2018-07-06").getJsonArray("sections").getJsonObject(0).getString("number")).isEqualTo("一");
    assertThat(section(bulletin("2018-07-13"), "杭州城市数据大脑平台建设情况").stream().map(p -> p.getString("text")))
        .containsExactly("大脑平台大屏建设：视觉设计进行中。");
    // 07-13's notes do not carry, so 07-20 falls back to 06-29's, which do.
    assertThat(section(bulletin("2018-07-20"), "杭州城市数据大脑平台建设情况").stream().map(p -> p.getString("text")))
        .containsExactly("数据资源平台建设：完成试点单位项目空间初始化。", "详情见附件。");
    JsonObject carried = running.api.get(path("2018-07-20", "三"), reader).json();
    assertThat(carried.getString("date")).isEqualTo("2018-06-29");

    assertThat(running.api.delete(path("2018-07-13", "三"), RunningPlatform.ADMIN).status()).isEqualTo(204);
    assertThat(section(bulletin("2018-07-13"), "杭州城市数据大脑平台建设情况")).hasSize(2);
    assertThat(running.api.delete(path("2018-07-13", "三"), RunningPlatform.ADMIN).status()).isEqualTo(404);
    assertThat(running.api.get(path("2018-06-22", "三"), reader).status()).isEqualTo(404);
  }

  @Test
  void publishingFreezesTheNotes() {
    assertThat(put("2018-08-03", "四", List.of("要求各单位在7月底之前维护好权力事项库中相关信息。"), List.of(), false).status()).isEqualTo(200);
    assertThat(running.api.post("/api/v1/bulletins/2018-08-03/publish", RunningPlatform.ADMIN, "application/json", "").status())
        .isEqualTo(201);
    assertThat(put("2018-08-03", "四", List.of("改过的说明。"), List.of(), false).status()).isEqualTo(200);

    JsonObject published = running.api.get("/api/v1/bulletins/2018-08-03", reader).json();
    assertThat(section(published, "“最多跑一次”事项网上申请开通情况").get(0).getString("text")).isEqualTo("要求各单位在7月底之前维护好权力事项库中相关信息。");
    assertThat(section(bulletin("2018-08-03"), "“最多跑一次”事项网上申请开通情况").get(0).getString("text")).isEqualTo("改过的说明。");
  }

  @Test
  void notesThatAreNotPlainParagraphsAreRefusedAndNothingIsStored() {
    Api.Response lineBreak = put("2018-09-07", "二", List.of("第一行\n第二行"), List.of(), false);
    assertThat(lineBreak.status()).isEqualTo(400);
    assertThat(lineBreak.body()).contains("lead");
    assertThat(put("2018-09-07", "二", List.of("  "), List.of(), false).status()).isEqualTo(400);
    assertThat(put("2018-09-07", "六", List.of("第六节"), List.of(), false).status()).isEqualTo(400);
    assertThat(running.api.put(path("2018-09-07", "二"), RunningPlatform.ADMIN, new JsonObject().put("lead", "不是数组")).status())
        .isEqualTo(400);
    assertThat(running.api.get(path("2018-09-07", "二"), reader).status()).isEqualTo(404);
    // Only the admin sets or removes notes; any token reads them.
    assertThat(running.api.put(path("2018-09-07", "二"), reader, new JsonObject().put("lead", new JsonArray().add("x"))).status())
        .isEqualTo(403);
    assertThat(running.api.delete(path("2018-09-07", "二"), reader).status()).isEqualTo(403);
  }

  @Test
  void markupScriptAndWordCharactersPrintAsTextInEveryFormat() throws Exception {
    assertThat(put("2018-09-14", "五", List.of(SCRIPT, MARKDOWN), List.of(WORD), false).status()).isEqualTo(200);
    String date = "2018-09-14";

    JsonObject json = bulletin(date);
    assertThat(section(json, "政务钉钉情况").stream().map(p -> p.getString("text"))).containsExactly(SCRIPT, MARKDOWN, WORD);

    String html = running.api.get("/api/v1/bulletins/" + date + "?draft=true&format=html", reader).body();
    assertThat(html).doesNotContain("<script>").doesNotContain("<w:p/>").contains("&lt;script&gt;alert(&quot;注入&quot;)&lt;/script&gt;")
        .contains("**粗体** _斜体_ [链接](http://127.0.0.1/x)");
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));

    String markdown = running.api.get("/api/v1/bulletins/" + date + ".md?draft=true", reader).body();
    assertThat(markdown).doesNotContain("<script>").contains("&lt;script&gt;alert(\"注入\")&lt;/script&gt;")
        .contains("\\*\\*粗体\\*\\* \\_斜体\\_ \\[链接\\](http://127.0.0.1/x) \\# 标题 \\| 表 \\| \\`代码\\`")
        .contains("{ PAGE } &amp; &lt;w:p/&gt;");

    byte[] docx = running.api.bytes("/api/v1/bulletins/" + date + ".docx?draft=true", reader);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains(SCRIPT).contains(MARKDOWN).contains(WORD);
    }

    byte[] pdf = running.api.bytes("/api/v1/bulletins/" + date + ".pdf?draft=true", reader);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains(SCRIPT.replaceAll("\\s+", "")).contains(WORD.replaceAll("\\s+", ""));
    }
  }
}
