package com.citydata.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.bus.DocumentFormat;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

class DocumentsTest {
  private final JsonObject bulletin = SampleBulletin.bulletin();

  @Test
  void composesSectionsAndOnlyTheAttachmentsWithData() {
    assertThat(bulletin.getJsonArray("attachments").stream().map(a -> ((JsonObject) a).getString("title")).toList())
        .containsExactly("数据归集排名表", "接口调用排名表", "页面查询排名表", "市本级单位政务钉钉活跃率排名表", "各区县（市）政务钉钉活跃率排名表");
    JsonObject collection = bulletin.getJsonArray("sections").getJsonObject(0).getJsonArray("paragraphs").getJsonObject(0);
    assertThat(collection.getString("text"))
        .startsWith("截止7月20日，归集3个部门、106张表、1,411个字段，累计总归集量343.97亿条。本周归集总量1.11亿条，较上周增长")
        .endsWith("详情见附件1。");
    assertThat(collection.getJsonObject("figure").getString("caption")).isEqualTo("图 1 累计归集情况");
  }

  @Test
  void markdownHasEveryTableWithItsColumns() {
    String md = new String(Documents.render(DocumentFormat.MARKDOWN, bulletin, null), StandardCharsets.UTF_8);
    assertThat(md).contains("# " + BulletinSettings.DEFAULT_TITLE).contains("## 一、数据归集和共享情况")
        .contains("### 附件 1：数据归集排名表").contains("| 序号 | 部门名 | 资源表 | 字段项 | 累计归集量（万条） | 本周归集量（万条） | 较上周 |")
        .contains("| 1 | 市卫生计生委 | 27 | 433 | 11117.7 | 401 | 新 |");
  }

  @Test
  void htmlIsWellFormedWithSvgChartsAndTheFont() throws Exception {
    String html = new String(Documents.render(DocumentFormat.HTML, bulletin, "草稿"), StandardCharsets.UTF_8);
    assertThat(html).contains("<svg").contains("@font-face").contains("图 1 累计归集情况").contains("草稿");
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
  }

  /** A page saved or mailed keeps its font: both faces travel in it, cut down to the page's characters. */
  @Test
  void htmlCarriesItsOwnFontsWithEveryCharacterItPrints() throws Exception {
    String html = new String(Documents.render(DocumentFormat.HTML, bulletin, null), StandardCharsets.UTF_8);
    Matcher faces = Pattern.compile("src: url\\(\"data:font/ttf;base64,([A-Za-z0-9+/=]+)\"\\)").matcher(html);
    String text = html.replaceAll("<[^>]*>", "");
    int found = 0;
    while (faces.find()) {
      found++;
      byte[] face = Base64.getDecoder().decode(faces.group(1));
      assertThat(face.length).as("a subset, not the 10 MB face").isLessThan(1_500_000);
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face))) {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        assertThat("截止归集数据排名表市卫生计生委政务钉钉活跃率".codePoints()).allSatisfy(c -> assertThat(cmap.getGlyphId(c)).as("U+%X", c).isPositive());
        assertThat(text.codePoints().filter(c -> c >= 0x3000).filter(c -> cmap.getGlyphId(c) == 0).boxed().toList())
            .as("characters of the page without a glyph").isEmpty();
        assertThat(cmap.getGlyphId('龘')).as("a character the page does not print").isZero();
      }
    }
    assertThat(found).isEqualTo(Fonts.ALL.size());
    assertThat(html).doesNotContain("/assets/fonts/");
  }

  /** 附件1 in Word: fixed column widths with room for the names, numbers right-aligned, 合计 bold. */
  @Test
  void wordTablesHaveColumnWidthsAlignedNumbersAndABoldTotal() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Documents.render(DocumentFormat.DOCX, bulletin, null)))) {
      XWPFTable collect = doc.getTables().get(0);
      assertThat(collect.getRow(0).getCell(1).getText()).isEqualTo("部门名");
      assertThat(collect.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
      long number = collect.getRow(1).getCell(0).getWidth();
      long name = collect.getRow(1).getCell(1).getWidth();
      assertThat(name).isGreaterThan(2 * number);
      long total = 0;
      for (int c = 0; c < collect.getRow(1).getTableCells().size(); c++) {
        total += collect.getRow(1).getCell(c).getWidth();
      }
      assertThat(total).as("the 156 mm of a GB/T 9704 page, in twips").isBetween(8840L, 8850L);
      XWPFTableRow first = collect.getRow(1);
      assertThat(first.getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
      assertThat(first.getCell(4).getText()).isEqualTo("11117.7");
      assertThat(first.getCell(4).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
      XWPFTableRow last = collect.getRow(collect.getNumberOfRows() - 1);
      assertThat(last.getCell(0).getText()).isEqualTo("合计");
      assertThat(last.getCell(4).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
      assertThat(first.getCell(4).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
    }
  }

  /** Word names the office's own fonts, numbers pages “— N —”, and closes with the signature and the imprint. */
  @Test
  void wordFollowsTheOfficialDocumentConventions() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Documents.render(DocumentFormat.DOCX, bulletin, null)))) {
      Map<String, String> fontOf = new LinkedHashMap<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        for (XWPFRun r : p.getRuns()) {
          fontOf.putIfAbsent(r.text(), r.getFontFamily(XWPFRun.FontCharRange.eastAsia));
        }
      }
      assertThat(fontOf.get("每周通报")).isEqualTo("方正小标宋简体");
      assertThat(fontOf.get("一、数据归集和共享情况")).isEqualTo("黑体");
      assertThat(fontOf.get("(一) 归集情况：")).isEqualTo("楷体_GB2312");
      assertThat(fontOf.entrySet().stream().filter(e -> e.getKey().startsWith("截止7月20日，归集3个部门")).findFirst().orElseThrow().getValue())
          .isEqualTo("仿宋_GB2312");
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(texts).contains("附件：1. 数据归集排名表", "2. 接口调用排名表", "抄送：市政府办公厅", "杭州市数据资源管理局　　2018年7月20日印发")
          .contains("市数据资源局\n2018年7月20日");
      assertThat(texts).noneMatch(t -> t.startsWith("报："));
      String footer = doc.getFooterArray(0).getParagraphs().get(0).getCTP().xmlText();
      assertThat(footer).contains("— ").contains(" PAGE ").contains(" —");
      assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1587));
    }
  }

  @Test
  void htmlTablesHaveColumnWidthsAndAlignedNumbers() {
    String html = new String(Documents.render(DocumentFormat.HTML, bulletin, null), StandardCharsets.UTF_8);
    assertThat(html).contains("抄送：市政府办公厅").doesNotContain("报：").contains("<p>市数据资源局</p>")
        .contains("<td class=\"label\">附件：</td><td>1. 数据归集排名表</td>");
    assertThat(html).contains("<colgroup><col style=\"width: ").contains("<td class=\"left\">市卫生计生委</td>")
        .contains("<td class=\"right\">11117.7</td>");
  }

  @Test
  void pdfEmbedsTheChineseFontAndKeepsTheText() throws Exception {
    byte[] pdf = Documents.render(DocumentFormat.PDF, bulletin, null);
    Path out = Path.of("target", "sample-bulletin.pdf");
    Files.write(out, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text.replaceAll("\\s+", "")).contains("截止7月20日，归集3个部门").contains("数据归集排名表").contains("市卫生计生委");
      // GB/T 9704's faces: 小标宋 for the title, 仿宋 for the body, 黑体 for 一、, 楷体 for （一）, each a subset.
      List<String> fonts = new ArrayList<>();
      for (COSName name : doc.getPage(0).getResources().getFontNames()) {
        PDFont font = doc.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.*");
        fonts.add(font.getName().substring(7));
      }
      assertThat(fonts).contains("NotoSerifSC-Bold", "NotoSerifSC-Regular", "NotoSansSC-Bold", "LXGWWenKai-Regular");
      assertThat(doc.getNumberOfPages()).isGreaterThan(3);
    }
  }

  /**
   * Copying or searching the PDF gives the bulletin's own words: every paragraph, character for character, ideographs
   * rather than the radicals that share their glyphs, in every face.
   */
  @Test
  void pdfTextIsTheBulletinsText() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Documents.render(DocumentFormat.PDF, bulletin, null))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      for (Object section : bulletin.getJsonArray("sections")) {
        JsonObject s = (JsonObject) section;
        assertThat(text).contains(s.getString("number") + "、" + s.getString("title"));
        for (Object paragraph : s.getJsonArray("paragraphs")) {
          JsonObject p = (JsonObject) paragraph;
          String heading = p.getString("heading", "");
          String body = p.getString("text", "");
          assertThat(text).contains((heading + (heading.isEmpty() || body.isEmpty() ? "" : "：") + body).replaceAll("\\s+", ""));
        }
      }
      assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF).boxed().toList()).as("radicals").isEmpty();
    }
  }

  @Test
  void wordDocumentCarriesTheTextTablesAndCharts() throws Exception {
    byte[] docx = Documents.render(DocumentFormat.DOCX, bulletin, null);
    Files.write(Path.of("target", "sample-bulletin.docx"), docx);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
         XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertThat(extractor.getText()).contains("每周通报").contains("截止7月20日，归集3个部门");
      assertThat(doc.getTables()).hasSize(5);
      assertThat(doc.getAllPictures()).hasSize(Documents.chartIds(bulletin).size());
    }
  }
}
