package com.citydata.bulletin.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A matters register written the ways the office saves it: an .xlsx workbook, or CSV in a given encoding. */
final class RegisterFiles {
  static final List<String> COLUMNS = List.of("部门名称", "权力名称", "适用对象", "在线申报地址", "统一认证", "例外情况", "整改结论", "计划完成时间",
      "其他地市可办", "杭州是否能网上办理", "权力基本码", "网上办理业务模式", "不适宜开展网上申报", "极少业务", "涉密或敏感", "事权层级");

  private RegisterFiles() {
  }

  /** The header row then the rows, each cell quoted where CSV needs it. */
  static byte[] csv(List<String> header, List<List<String>> rows, Charset charset) {
    StringBuilder text = new StringBuilder();
    line(text, header);
    rows.forEach(row -> line(text, row));
    return text.toString().getBytes(charset);
  }

  private static void line(StringBuilder text, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (i > 0) {
        text.append(',');
      }
      text.append(cell.contains(",") || cell.contains("\"") || cell.contains("\n") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
    }
    text.append("\r\n");
  }

  static byte[] xlsx(List<String> header, List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("权力事项库");
      write(sheet.createRow(0), header);
      for (int r = 0; r < rows.size(); r++) {
        write(sheet.createRow(r + 1), rows.get(r));
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (!cells.get(c).isEmpty()) {
        row.createCell(c).setCellValue(cells.get(c));
      }
    }
  }
}
