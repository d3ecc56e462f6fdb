package com.citydata.bulletin.families.matters;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the matters register (权力事项库) as the office exports it: the first sheet of an .xlsx workbook, or a CSV in
 * UTF-8 or GB18030, a header row of Chinese column names and one matter a row. Every bad row is named (its row
 * number as the spreadsheet shows it, its column, what is wrong) and a register with any is refused whole.
 */
final class Register {
  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final int MAX_MATTERS = 20_000;
  static final List<String> REQUIRED = List.of("部门名称", "权力名称", "适用对象", "在线申报地址", "统一认证", "例外情况", "整改结论",
      "计划完成时间", "其他地市可办", "杭州是否能网上办理");
  static final List<String> OPTIONAL = List.of("权力基本码", "网上办理业务模式", "不适宜开展网上申报", "极少业务", "涉密或敏感", "事权层级");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final int LONGEST_CELL = 2000;

  private Register() {
  }

  static List<Matter> read(byte[] file, String mediaType) {
    // The type without its parameters: a CSV's charset is found from its bytes.
    List<List<String>> rows = switch (mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT)) {
      case CSV -> csv(file);
      case XLSX -> xlsx(file);
      default -> throw new InvalidRequestException("the register is an .xlsx workbook or a CSV file",
          List.of(new FieldError(null, "Content-Type", "'" + mediaType + "' is neither " + CSV + " nor " + XLSX)));
    };
    return matters(rows);
  }

  /** UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped), else GB18030, as Excel in China saves. */
  static String decode(byte[] file) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      return new String(file, GB18030);
    }
  }

  private static List<List<String>> csv(byte[] file) {
    // Blank lines are records too, so a row is numbered as the spreadsheet shows it (they are skipped below).
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(decode(file)))) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      return rows;
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new InvalidRequestException("the register is not a readable CSV file",
          List.of(new FieldError(null, "file", "not CSV: " + e.getMessage())));
    }
  }

  private static List<List<String>> xlsx(byte[] file) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter cells = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> values = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : cells.formatCellValue(cell));
          }
        }
        rows.add(values);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new InvalidRequestException("the register is not a readable .xlsx workbook",
          List.of(new FieldError(null, "file", "not an .xlsx workbook; save it again as .xlsx (Excel or WPS) or as CSV")));
    }
  }

  private static List<Matter> matters(List<List<String>> rows) {
    List<FieldError> errors = new ArrayList<>();
    if (rows.isEmpty()) {
      throw new InvalidRequestException("the register is empty", List.of(new FieldError(null, "file", "has no header row")));
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> header = rows.get(0);
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        errors.add(new FieldError(1, name, "unknown column; the register's columns are " + String.join(", ", REQUIRED)
            + " and optionally " + String.join(", ", OPTIONAL)));
      } else if (columns.putIfAbsent(name, c) != null) {
        errors.add(new FieldError(1, name, "the column is there twice"));
      }
    }
    REQUIRED.stream().filter(name -> !columns.containsKey(name)).forEach(name -> errors.add(new FieldError(1, name, "missing column")));
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("the register's header is not the register's", errors);
    }
    List<Matter> matters = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      RowReader cells = new RowReader(row, r + 1, columns, errors);
      String unit = cells.required("部门名称");
      String name = cells.required("权力名称");
      Boolean unified = cells.yesNo("统一认证");
      Matter matter = new Matter(unit, name, cells.text("适用对象"), cells.text("在线申报地址"), Boolean.TRUE.equals(unified),
          cells.text("例外情况"), cells.text("整改结论"), cells.text("计划完成时间"), cells.text("其他地市可办"), cells.text("杭州是否能网上办理"),
          cells.text("权力基本码"), cells.text("网上办理业务模式"), cells.text("不适宜开展网上申报"), cells.text("极少业务"), cells.text("涉密或敏感"),
          cells.text("事权层级"));
      if (!cells.bad()) {
        matters.add(matter);
      }
    }
    if (matters.size() > MAX_MATTERS) {
      errors.add(new FieldError(null, "file", "at most " + MAX_MATTERS + " matters, got " + matters.size()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors.size() + " problem(s) in the register; nothing was stored", errors);
    }
    if (matters.isEmpty()) {
      throw new InvalidRequestException("the register has no matters", List.of(new FieldError(null, "file", "has a header and no rows")));
    }
    return matters;
  }

  /** The cells of one row, by column name, recording every problem with its row number. */
  private static final class RowReader {
    private final List<String> row;
    private final int number;
    private final Map<String, Integer> columns;
    private final List<FieldError> errors;
    private final int before;

    RowReader(List<String> row, int number, Map<String, Integer> columns, List<FieldError> errors) {
      this.row = row;
      this.number = number;
      this.columns = columns;
      this.errors = errors;
      this.before = errors.size();
    }

    String text(String column) {
      Integer index = columns.get(column);
      String value = index == null || index >= row.size() ? "" : row.get(index).strip();
      if (value.length() > LONGEST_CELL) {
        errors.add(new FieldError(number, column, "longer than " + LONGEST_CELL + " characters"));
      } else if (value.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' || ch == 0x7f)) {
        errors.add(new FieldError(number, column, "holds a control character"));
      }
      return value;
    }

    String required(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        errors.add(new FieldError(number, column, "is empty"));
      }
      return value;
    }

    Boolean yesNo(String column) {
      String value = text(column);
      return switch (value) {
        case "是" -> true;
        case "否" -> false;
        default -> {
          errors.add(new FieldError(number, column, "must be 是 or 否, got '" + value + "'"));
          yield null;
        }
      };
    }

    boolean bad() {
      return errors.size() > before;
    }
  }
}
