package com.citydata.bulletin.bulletin;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The bulletin as a Word document (Apache POI), the format offices exchange: same sections, charts and tables. */
final class DocxDocument {
  private static final String RED = "C00000";
  /** 三号, the body size of GB/T 9704, with its 28 pt lines and a first-line indent of two characters. */
  private static final int BODY = 16;
  private static final int LINE = 28;
  private static final int INDENT = BODY * 20 * 2;
  /** GB/T 9704's page: A4 with 37 mm top, 35 mm bottom, 28 mm left and 26 mm right margins, 156 mm of text. */
  private static final int TWIPS_PER_MM_TIMES_10 = 567;
  private static final int TEXT_WIDTH = twips(156);

  private DocxDocument() {
  }

  static byte[] render(JsonObject bulletin, String status) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      a4(doc);
      centered(doc, bulletin.getString("title"), 16, false, RED, Fonts.XIAOBIAOSONG);
      centered(doc, bulletin.getString("subtitle"), 36, false, RED, Fonts.XIAOBIAOSONG);
      centered(doc, bulletin.getString("issuer") + "　　" + bulletin.getString("date_text"), BODY, false, null, Fonts.FANGSONG);
      if (status != null) {
        centered(doc, status, 12, false, RED, Fonts.FANGSONG);
      }
      for (Object s : bulletin.getJsonArray("sections")) {
        JsonObject section = (JsonObject) s;
        XWPFParagraph heading = doc.createParagraph();
        heading.setFirstLineIndent(INDENT);
        run(heading, section.getString("number") + "、" + section.getString("title"), BODY, false, null, Fonts.HEI);
        for (Object p : section.getJsonArray("paragraphs")) {
          paragraph(doc, bulletin, (JsonObject) p);
        }
      }
      JsonArray attachments = bulletin.getJsonArray("attachments");
      attachmentList(doc, attachments);
      XWPFParagraph signature = doc.createParagraph();
      signature.setAlignment(ParagraphAlignment.RIGHT);
      signature.setIndentationRight(2 * INDENT);
      signature.setSpacingBefore(BODY * 20 * 2);
      run(signature, bulletin.getString("signature", bulletin.getString("issuer")), BODY, false, null, Fonts.FANGSONG);
      signature.createRun().addBreak();
      run(signature, bulletin.getString("date_text"), BODY, false, null, Fonts.FANGSONG);
      for (Object a : attachments) {
        attachment(doc, (JsonObject) a);
      }
      imprint(doc, bulletin);
      pageNumbers(doc);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void paragraph(XWPFDocument doc, JsonObject bulletin, JsonObject para) {
    XWPFParagraph p = doc.createParagraph();
    p.setFirstLineIndent(INDENT);
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setSpacingBetween(LINE, LineSpacingRule.EXACT);
    String heading = para.getString("heading", "");
    String text = para.getString("text", "");
    if (!heading.isEmpty()) {
      run(p, heading + (text.isEmpty() ? "" : "："), BODY, false, null, Fonts.KAI);
    }
    run(p, text, BODY, false, null, Fonts.FANGSONG);
    JsonObject figure = para.getJsonObject("figure");
    if (figure != null) {
      XWPFParagraph picture = doc.createParagraph();
      picture.setAlignment(ParagraphAlignment.CENTER);
      byte[] png = Documents.CHARTS.png(figure.getString("chart"), Documents.trend(bulletin));
      try {
        picture.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, figure.getString("chart") + ".png",
            Units.toEMU(Charts.WIDTH * 0.7), Units.toEMU(Charts.HEIGHT * 0.7));
      } catch (InvalidFormatException | IOException e) {
        throw new IllegalStateException("chart " + figure.getString("chart") + " could not be embedded", e);
      }
      centered(doc, figure.getString("caption"), 12, false, null, Fonts.FANGSONG);
    }
  }

  private static void attachment(XWPFDocument doc, JsonObject attachment) {
    XWPFParagraph label = doc.createParagraph();
    label.setPageBreak(true);
    run(label, "附件 " + attachment.getInteger("number") + ":", BODY, false, null, Fonts.HEI);
    centered(doc, attachment.getString("title"), 18, false, null, Fonts.XIAOBIAOSONG);
    for (Object printed : attachment.getJsonArray("tables")) {
      JsonObject table = (JsonObject) printed;
      if (table.getString("caption") != null) {
        centered(doc, table.getString("caption"), 14, false, null, Fonts.HEI);
      }
      table(doc, table.getJsonObject("layout"));
      if (table.getString("note") != null) {
        run(doc.createParagraph(), table.getString("note"), 10, false, null, Fonts.FANGSONG);
      }
    }
  }

  /** “附件：1. …” with the later titles under the first, as the seed lists them. */
  private static void attachmentList(XWPFDocument doc, JsonArray attachments) {
    for (int i = 0; i < attachments.size(); i++) {
      JsonObject a = attachments.getJsonObject(i);
      XWPFParagraph p = doc.createParagraph();
      p.setIndentationLeft(INDENT + 3 * BODY * 20);
      if (i == 0) {
        p.setSpacingBefore(BODY * 20);
        p.setIndentationHanging(3 * BODY * 20);
      }
      run(p, (i == 0 ? "附件：" : "") + a.getInteger("number") + ". " + a.getString("title"), BODY, false, null, Fonts.FANGSONG);
    }
  }

  /** The imprint (版记): 报 and 抄送 when configured, then the issuer and the date of issue, between rules. */
  private static void imprint(XWPFDocument doc, JsonObject bulletin) {
    List<String> lines = new ArrayList<>();
    if (bulletin.getString("report_to") != null) {
      lines.add("报：" + bulletin.getString("report_to"));
    }
    if (bulletin.getString("copy_to") != null) {
      lines.add("抄送：" + bulletin.getString("copy_to"));
    }
    lines.add(bulletin.getString("issuer") + "　　" + bulletin.getString("date_text") + "印发");
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = doc.createParagraph();
      if (i == 0) {
        p.setSpacingBefore(BODY * 20 * 2);
        p.setBorderTop(Borders.SINGLE);
      }
      p.setBorderBottom(Borders.SINGLE);
      p.setAlignment(i == lines.size() - 1 ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
      run(p, lines.get(i), 14, false, null, Fonts.FANGSONG);
    }
  }

  /** “— 1 —” centred at the foot of every page, a PAGE field between the dashes. */
  private static void pageNumbers(XWPFDocument doc) {
    XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.createRun().setText("— ");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    p.createRun().setText(" —");
    p.getRuns().forEach(r -> {
      r.setFontSize(14);
      r.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
    });
  }

  private static void table(XWPFDocument doc, JsonObject layout) {
    JsonArray columns = layout.getJsonArray("columns");
    JsonArray rows = layout.getJsonArray("rows");
    XWPFTable table = doc.createTable(rows.size() + 1, columns.size());
    table.setTableAlignment(TableRowAlign.CENTER);
    // Fixed widths from what the columns hold; left to itself Word splits the page evenly and names wrap.
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    table.setWidth(String.valueOf(TEXT_WIDTH));
    List<Double> widths = TablePrint.widths(layout);
    CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (double width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(width * TEXT_WIDTH)));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int c = 0; c < columns.size(); c++) {
        row.getCell(c).setWidth(String.valueOf(Math.round(widths.get(c) * TEXT_WIDTH)));
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      cell(table.getRow(0).getCell(c), columns.getString(c), true, TablePrint.Align.CENTER);
    }
    // Long lists run over pages: Word repeats the header row on each, and a row never splits across two.
    table.getRow(0).setRepeatHeader(true);
    for (XWPFTableRow row : table.getRows()) {
      row.setCantSplitRow(true);
    }
    for (int r = 0; r < rows.size(); r++) {
      JsonObject row = rows.getJsonObject(r);
      JsonArray cells = row.getJsonArray("cells");
      XWPFTableRow tableRow = table.getRow(r + 1);
      for (int c = 0; c < columns.size(); c++) {
        String text = c < cells.size() ? cells.getString(c) : "";
        cell(tableRow.getCell(c), text, "total".equals(row.getString("kind")), TablePrint.align(text, c));
      }
    }
  }

  private static void cell(XWPFTableCell cell, String text, boolean bold, TablePrint.Align align) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(switch (align) {
      case LEFT -> ParagraphAlignment.LEFT;
      case CENTER -> ParagraphAlignment.CENTER;
      case RIGHT -> ParagraphAlignment.RIGHT;
    });
    run(p, text, 10, bold, null, bold ? Fonts.HEI : Fonts.FANGSONG);
  }

  private static void centered(XWPFDocument doc, String text, int size, boolean bold, String color, Fonts.Face face) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, size, bold, color, face);
  }

  private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, String color, Fonts.Face face) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setFontSize(size);
    run.setBold(bold);
    if (color != null) {
      run.setColor(color);
    }
    // The office's own face by its Windows name (仿宋_GB2312, 黑体, …); a PC without it substitutes its own.
    run.setFontFamily(face.office(), XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily(face.office(), XWPFRun.FontCharRange.ascii);
    run.setFontFamily(face.office(), XWPFRun.FontCharRange.hAnsi);
  }

  private static void a4(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(twips(37)));
    margins.setBottom(BigInteger.valueOf(twips(35)));
    margins.setLeft(BigInteger.valueOf(twips(28)));
    margins.setRight(BigInteger.valueOf(twips(26)));
  }

  private static int twips(int millimetres) {
    return millimetres * TWIPS_PER_MM_TIMES_10 / 10;
  }
}
