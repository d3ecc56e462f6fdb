package com.citydata.bulletin.ingest.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.RefusedCells;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Spreadsheets as clerks save them, read into the points the family then checks; nothing here deploys anything. */
class SheetPointsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final PointShape SHAPE = PointShape.of("exchange",
      PointField.time("time", "时间", "when"),
      PointField.choice("direction", "方向", "collect or push", List.of("collect", "push")),
      PointField.reporter("unit", "单位", "the unit"),
      PointField.counter("records", "数据量", "条", "records"),
      PointField.gauge("tables", "资源表数", "张", "tables").optional());
  private static final JsonObject SAMPLE = new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("direction", "collect")
      .put("unit", "市公安局").put("records", 1273000).put("tables", 38);

  @Test
  void theFilledTemplateGivesThePointsAsJsonWouldCarryThem() throws Exception {
    byte[] template = SheetTemplate.xlsx("数据归集", SHAPE, List.of("市公安局", "市民政局"), SAMPLE);
    byte[] filled;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.getSheet("填报");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("数据量（条）");
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("records");
      assertThat(sheet.getDataValidations()).hasSize(2);
      assertThat(workbook.getSheet("示例").getRow(2).getCell(2).getStringCellValue()).isEqualTo("市公安局");
      Row row = sheet.createRow(2);
      row.createCell(0).setCellValue(LocalDateTime.of(2018, 7, 16, 9, 30));
      row.getCell(0).setCellStyle(sheet.getColumnStyle(0));
      row.createCell(1).setCellValue("collect");
      row.createCell(2).setCellValue("市公安局");
      // A formula whose cached value is not what it computes: the reader must read the cache and never evaluate.
      row.createCell(3).setCellFormula("1+1");
      row.getCell(3).setCellValue(1273000);
      row.createCell(4).setCellValue(38);
      Row second = sheet.createRow(3);
      second.createCell(0).setCellValue("2018-07-17 10:00");
      second.createCell(1).setCellValue("push");
      second.createCell(2).setCellValue("市民政局");
      second.createCell(3).setCellValue(2000);
      workbook.write(out);
      filled = out.toByteArray();
    }
    SheetPoints.Parsed parsed = SheetPoints.read(SheetRows.read(filled, SheetRows.XLSX), SHAPE, SHANGHAI);
    assertThat(parsed.points().getJsonObject(0)).isEqualTo(new JsonObject().put("time", "2018-07-16T09:30:00+08:00")
        .put("direction", "collect").put("unit", "市公安局").put("records", 1273000L).put("tables", 38L));
    assertThat(parsed.points().getJsonObject(1)).isEqualTo(new JsonObject().put("time", "2018-07-17T10:00:00+08:00")
        .put("direction", "push").put("unit", "市民政局").put("records", 2000L));
    assertThat(parsed.rows()).containsExactly(3, 4);
  }

  @Test
  void aCsvNamesItsColumnsByNameOrLabelAndKeepsWhatIsNotANumberForTheFamilyToRefuse() {
    String csv = "\uFEFF时间,方向,单位,数据量（条）\n# 示例：2018-07-16T09:30:00+08:00,collect,市公安局,1\n"
        + "2018-07-16T09:30:00+08:00,collect,市公安局,1273000\n\n2018-07-16T09:30:00+08:00,push,市公安局,\"1,273,000\"\n";
    SheetPoints.Parsed parsed = SheetPoints.read(SheetRows.read(csv.getBytes(StandardCharsets.UTF_8), "text/csv"), SHAPE, SHANGHAI);
    assertThat(parsed.points().getJsonObject(0).getValue("records")).isEqualTo(1273000L);
    assertThat(parsed.points().getJsonObject(1).getValue("records")).as("refused by the family, not read as a guess").isEqualTo("1,273,000");
    assertThat(parsed.rows()).containsExactly(3, 5);

    RefusedCells refused = SheetPoints.onCells(new InvalidRequestException("invalid points",
        List.of(new FieldError(1, "records", "must be an integer"))), parsed);
    assertThat(refused.detailsJson().getJsonObject(0)).isEqualTo(new JsonObject().put("row", 5).put("column", "records").put("cell", "D5")
        .put("message", "must be an integer"));

    byte[] gb = "time,direction,unit,records\n2018-07-16T09:30:00+08:00,collect,市公安局,5\n".getBytes(Charset.forName("GB18030"));
    assertThat(SheetPoints.read(SheetRows.read(gb, "text/csv"), SHAPE, SHANGHAI).points().getJsonObject(0).getString("unit"))
        .as("GB18030, as Excel in China saves CSV").isEqualTo("市公安局");
    assertThat(SheetPoints.read(SheetRows.read(gb, "text/csv; charset=GB18030"), SHAPE, SHANGHAI).points().getJsonObject(0)
        .getString("unit")).isEqualTo("市公安局");
    assertThatThrownBy(() -> SheetRows.read(gb, "text/csv; charset=utf-8")).isInstanceOf(RefusedCells.class)
        .hasMessageContaining("not text in its charset");
  }

  @Test
  void anUnknownColumnAFormulaErrorAndAValueWithoutAHeaderAreNamedByTheirCell() throws Exception {
    byte[] sheet;
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet data = workbook.createSheet();
      Row head = data.createRow(0);
      head.createCell(0).setCellValue("time");
      head.createCell(1).setCellValue("unit");
      head.createCell(2).setCellValue("records");
      head.createCell(3).setCellValue("备注");
      Row row = data.createRow(1);
      row.createCell(0).setCellValue("2018-07-16T09:30:00+08:00");
      row.createCell(1).setCellValue("市公安局");
      row.createCell(2).setCellFormula("1/0");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(2));
      row.createCell(5).setCellValue("stray");
      workbook.write(out);
      sheet = out.toByteArray();
    }
    assertThatThrownBy(() -> SheetPoints.read(SheetRows.read(sheet, SheetRows.XLSX), SHAPE, SHANGHAI)).isInstanceOfSatisfying(RefusedCells.class,
        refused -> assertThat(refused.cells()).extracting(RefusedCells.Cell::cell).containsExactly("D1", "C2", "F2"));
  }

  @Test
  void aZipBombAnExternalEntityAndTooManyRowsAreRefusedBeforeTheyCostMemory() throws Exception {
    byte[] template = SheetTemplate.xlsx("数据归集", SHAPE, List.of("市公安局"), SAMPLE);
    // The template with its first sheet's XML swapped for a gigabyte of one repeated byte: it packs a thousandfold.
    byte[] bomb = rewrite(template, "xl/worksheets/sheet1.xml", zip -> {
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 1024; i++) {
        zip.write(block);
      }
    });
    assertThat(bomb.length).isLessThan(2_000_000);
    assertThatThrownBy(() -> SheetRows.read(bomb, SheetRows.XLSX)).isInstanceOf(RefusedCells.class);

    byte[] entity = rewrite(template, "xl/workbook.xml", zip -> zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
        + "\"file:///etc/passwd\">]><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">&e;</workbook>")
        .getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> SheetRows.read(entity, SheetRows.XLSX)).isInstanceOf(RefusedCells.class)
        .satisfies(e -> assertThat(((RefusedCells) e).detailsJson().encode()).doesNotContain("root:"));

    StringBuilder many = new StringBuilder("time,direction,unit,records\n");
    for (int i = 0; i <= SheetRows.MAX_ROWS + 2; i++) {
      many.append("2018-07-16T09:30:00+08:00,collect,市公安局,").append(i).append('\n');
    }
    assertThatThrownBy(() -> SheetRows.read(many.toString().getBytes(StandardCharsets.UTF_8), "text/csv")).isInstanceOf(RefusedCells.class)
        .hasMessageContaining("too many rows");
  }

  @Test
  void theCsvTemplateCarriesItsSampleAsANoteTheReaderSkips() {
    byte[] csv = SheetTemplate.csv(SHAPE, SAMPLE);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF时间,方向,单位,数据量,资源表数").contains("\ntime,direction,unit,records,tables").contains("# 示例：");
    assertThatThrownBy(() -> SheetPoints.read(SheetRows.read(csv, "text/csv"), SHAPE, SHANGHAI)).isInstanceOf(RefusedCells.class)
        .hasMessageContaining("nothing was stored").satisfies(e -> assertThat(((RefusedCells) e).detailsJson().encode())
            .contains("no rows of figures"));
  }

  interface Body {
    void write(ZipOutputStream zip) throws Exception;
  }

  private static byte[] rewrite(byte[] xlsx, String entry, Body body) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(entry)) {
          body.write(zip);
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
