package com.citydata.bulletin.ingest.sheets;

import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A family's spreadsheet to fill in, from its point's declaration: row 1 the Chinese labels, row 2 the JSON names,
 * figures from row 3. In the workbook the unit column offers the catalog's units in a drop-down, a property of a few
 * words offers those, times and counts have their formats, and a second sheet shows a sample row and a third what each
 * column means; the CSV carries the sample as a line beginning with '#', which the reader skips.
 */
public final class SheetTemplate {
  private static final String DATA = "填报";
  private static final String UNITS = "单位目录";

  private SheetTemplate() {
  }

  /** @param sample a point as the family's contract gives its example; its values fill the sample row */
  public static byte[] xlsx(String title, PointShape shape, List<String> units, JsonObject sample) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle label = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      label.setFont(bold);
      CellStyle name = workbook.createCellStyle();
      Font grey = workbook.createFont();
      grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      grey.setItalic(true);
      name.setFont(grey);
      Sheet data = workbook.createSheet(DATA);
      header(data, shape, label, name);
      int last = SheetRows.MAX_ROWS + 1;
      DataValidationHelper validations = data.getDataValidationHelper();
      Sheet catalog = workbook.createSheet(UNITS);
      for (int i = 0; i < units.size(); i++) {
        catalog.createRow(i).createCell(0).setCellValue(units.get(i));
      }
      workbook.setSheetHidden(workbook.getSheetIndex(catalog), true);
      for (int c = 0; c < shape.fields().size(); c++) {
        PointField field = shape.fields().get(c);
        CellStyle format = workbook.createCellStyle();
        format.setDataFormat(workbook.createDataFormat().getFormat(format(field)));
        data.setDefaultColumnStyle(c, format);
        data.setColumnWidth(c, Math.max(14, field.label().length() * 2 + 4) * 256);
        CellRangeAddressList cells = new CellRangeAddressList(2, last, c, c);
        DataValidation validation = null;
        if (field.reporter() && !units.isEmpty()) {
          validation = validations.createValidation(validations.createFormulaListConstraint(
              "'" + UNITS + "'!$A$1:$A$" + units.size()), cells);
          validation.createErrorBox("单位不在目录中", "请从下拉列表中选择单位；目录里没有的单位请联系管理员添加。");
        } else if (!field.choices().isEmpty()) {
          validation = validations.createValidation(validations.createExplicitListConstraint(field.choices().toArray(String[]::new)), cells);
          validation.createErrorBox("取值不对", "只能填：" + String.join("、", field.choices()));
        }
        if (validation != null) {
          validation.setShowErrorBox(true);
          data.addValidationData(validation);
        }
      }
      data.createFreezePane(0, 2);
      Sheet example = workbook.createSheet("示例");
      header(example, shape, label, name);
      Row row = example.createRow(2);
      for (int c = 0; c < shape.fields().size(); c++) {
        Object value = sample.getValue(shape.fields().get(c).name());
        if (value instanceof Number number) {
          row.createCell(c).setCellValue(number.doubleValue());
        } else if (value != null) {
          row.createCell(c).setCellValue(String.valueOf(value));
        }
        example.setColumnWidth(c, data.getColumnWidth(c));
      }
      Sheet help = workbook.createSheet("说明");
      String[] columns = {"列", "名称", "字段", "单位", "必填", "说明"};
      Row top = help.createRow(0);
      for (int i = 0; i < columns.length; i++) {
        top.createCell(i).setCellValue(columns[i]);
        top.getCell(i).setCellStyle(label);
      }
      for (int c = 0; c < shape.fields().size(); c++) {
        PointField field = shape.fields().get(c);
        Row line = help.createRow(c + 1);
        line.createCell(0).setCellValue(CellReference.convertNumToColString(c));
        line.createCell(1).setCellValue(field.label());
        line.createCell(2).setCellValue(field.name());
        line.createCell(3).setCellValue(field.unit());
        line.createCell(4).setCellValue(field.required() ? "是" : "否");
        line.createCell(5).setCellValue(field.description());
      }
      help.setColumnWidth(5, 80 * 256);
      help.createRow(shape.fields().size() + 2).createCell(0).setCellValue(title + "：第 1 行为名称，第 2 行为字段名，请从第 3 行起每行填一条数据，最多 "
          + SheetRows.MAX_ROWS + " 行；时间按本地时间填写。");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSV: labels, names, and the sample as a line beginning with '#'. */
  public static byte[] csv(PointShape shape, JsonObject sample) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
      printer.printRecord(shape.fields().stream().map(PointField::label).toList());
      printer.printRecord(shape.fields().stream().map(PointField::name).toList());
      List<String> example = new ArrayList<>();
      for (PointField field : shape.fields()) {
        Object value = sample.getValue(field.name());
        example.add(value == null ? "" : String.valueOf(value));
      }
      example.set(0, "# 示例：" + example.get(0));
      printer.printRecord(example);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A byte-order mark, so that Excel opens the UTF-8 file as UTF-8 and shows the labels.
    return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
  }

  private static void header(Sheet sheet, PointShape shape, CellStyle label, CellStyle name) {
    Row labels = sheet.createRow(0);
    Row names = sheet.createRow(1);
    for (int c = 0; c < shape.fields().size(); c++) {
      PointField field = shape.fields().get(c);
      labels.createCell(c).setCellValue(heading(field));
      labels.getCell(c).setCellStyle(label);
      names.createCell(c).setCellValue(field.name());
      names.getCell(c).setCellStyle(name);
    }
  }

  /** Excel's number format of a column: times as a date and time, days as a date, counts as whole numbers. */
  private static String format(PointField field) {
    return switch (field.role()) {
      case TIME -> "yyyy-mm-dd hh:mm";
      case DATE -> "yyyy-mm-dd";
      case COUNTER, GAUGE -> "General";
      case TAG, TEXT -> "@";
    };
  }

  /** A column's heading in the workbook: its label, with its unit when it has one ("归集数据量（条）"). */
  static String heading(PointField field) {
    return field.label() + (field.unit().isEmpty() ? "" : "（" + field.unit() + "）");
  }
}
