package com.citydata.bulletin.ingest.sheets;

import com.citydata.bulletin.domain.RefusedCells;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of a spreadsheet as it was saved: an .xlsx workbook's first sheet, or a CSV file, each cell as text, a
 * number, a date and time, a truth value or blank. Nothing is evaluated: a formula gives the value its spreadsheet
 * cached. What a workbook may unpack is bounded (entries, their ratio of compression), and so is how many rows are
 * read, so a small upload cannot take the memory of the service.
 */
public final class SheetRows {
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CSV = "text/csv";
  /** Data rows one upload may hold: as many points as one JSON post. */
  public static final int MAX_ROWS = 5_000;
  /** What one part of a workbook (a sheet's XML, the shared strings) may unpack to; a full sheet of MAX_ROWS is a few MB. */
  static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
  /** The JDK has it, but not among its standard charsets. */
  private static final Charset GB18030 = Charset.forName("GB18030");

  static {
    // A zip bomb unpacks a hundred times and more; a real workbook's XML about ten.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES);
  }

  private SheetRows() {
  }

  /** A cell as the spreadsheet kept it. */
  public sealed interface Value permits Blank, Text, Number, DateTime, Truth, Error {
  }

  public record Blank() implements Value {
  }

  public record Text(String text) implements Value {
  }

  public record Number(BigDecimal number) implements Value {
  }

  /** A cell formatted as a date: a spreadsheet keeps no time zone. */
  public record DateTime(LocalDateTime time) implements Value {
  }

  public record Truth(boolean value) implements Value {
  }

  /** An error a formula left (#DIV/0!, #REF!). */
  public record Error(String code) implements Value {
  }

  /** A row by its number as the spreadsheet shows it (1 for the first), with its cells from column A. */
  public record SheetRow(int number, List<Value> cells) {
    public boolean blank() {
      return cells.stream().allMatch(c -> c instanceof Blank || c instanceof Text text && text.text().isBlank());
    }
  }

  /**
   * @param mediaType the upload's type with its parameters: {@code text/csv; charset=GB18030} names the CSV's charset,
   *                  else it is UTF-8, or GB18030 when it is not valid UTF-8 (as Excel in China saves it)
   */
  public static List<SheetRow> read(byte[] file, String mediaType) {
    String type = mediaType == null ? "" : mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (type.equals(XLSX)) {
      return xlsx(file);
    }
    if (type.equals(CSV)) {
      return csv(decode(file, charset(mediaType)));
    }
    throw refused("the spreadsheet is an .xlsx workbook or a CSV file", "Content-Type",
        "'" + mediaType + "' is neither " + CSV + " nor " + XLSX);
  }

  /** A cell's name as a spreadsheet writes it: "F5". */
  public static String cellName(int row, int column) {
    return CellReference.convertNumToColString(column) + row;
  }

  private static List<SheetRow> xlsx(byte[] file) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      if (sheet.getLastRowNum() + 1 > MAX_ROWS + 2) {
        throw tooMany(sheet.getLastRowNum() + 1);
      }
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<SheetRow> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<Value> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(value(row.getCell(c), formatter));
          }
        }
        rows.add(new SheetRow(r + 1, cells));
      }
      return rows;
    } catch (RefusedCells refused) {
      throw refused;
    } catch (IOException | RuntimeException unreadable) {
      // POI says why in its own words (a zip bomb, an entity, no workbook); a clerk needs to know what to do.
      throw refused("the spreadsheet is not a readable .xlsx workbook", "file",
          "not an .xlsx workbook, or one this service will not unpack; save it again as .xlsx (Excel, WPS or LibreOffice) or as CSV");
    }
  }

  private static Value value(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return new Blank();
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? new DateTime(cell.getLocalDateTimeCellValue()) : new Number(number(cell.getNumericCellValue()));
      case STRING -> new Text(cell.getStringCellValue());
      case BOOLEAN -> new Truth(cell.getBooleanCellValue());
      case ERROR -> new Error(formatter.formatCellValue(cell));
      default -> new Blank();
    };
  }

  /** A spreadsheet keeps numbers as doubles: a whole one is written without a fraction, any other as its shortest decimal. */
  static BigDecimal number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
      return BigDecimal.valueOf((long) value);
    }
    return new BigDecimal(Double.toString(value));
  }

  private static List<SheetRow> csv(String text) {
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
      List<SheetRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (rows.size() > MAX_ROWS + 2) {
          throw tooMany(rows.size());
        }
        rows.add(new SheetRow(rows.size() + 1, record.stream().<Value>map(c -> c.isEmpty() ? new Blank() : new Text(c)).toList()));
      }
      return rows;
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw refused("the spreadsheet is not a readable CSV file", "file", "not CSV: a quote opened and never closed, or a stray one");
    }
  }

  private static Optional<Charset> charset(String mediaType) {
    for (String parameter : mediaType.split(";")) {
      String[] pair = parameter.trim().split("=", 2);
      if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
        String name = pair[1].trim().replace("\"", "");
        if (name.equalsIgnoreCase("utf-8")) {
          return Optional.of(StandardCharsets.UTF_8);
        }
        if (name.equalsIgnoreCase("gb18030")) {
          return Optional.of(GB18030);
        }
        throw refused("a CSV file is UTF-8 or GB18030", "Content-Type", "charset '" + name + "' is neither UTF-8 nor GB18030");
      }
    }
    return Optional.empty();
  }

  /** Decodes strictly: a byte that is not of the charset refuses the file, never becomes a replacement character. */
  private static String decode(byte[] file, Optional<Charset> named) {
    List<Charset> tried = named.map(List::of).orElse(List.of(StandardCharsets.UTF_8, GB18030));
    for (Charset charset : tried) {
      try {
        String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(file)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
      } catch (CharacterCodingException notThis) {
        // Not this charset: the next one is tried, and when none is left the file is refused below.
      }
    }
    throw refused("the CSV file is not text in its charset", "file", "bytes that are not " + String.join(" or ",
        tried.stream().map(Charset::name).toList()) + "; save it again as CSV (UTF-8)");
  }

  private static RefusedCells tooMany(int rows) {
    return refused("the spreadsheet has too many rows", "file", "has " + rows + " rows; at most " + MAX_ROWS
        + " rows of figures (and two header rows) in one upload: split it");
  }

  private static RefusedCells refused(String error, String column, String message) {
    return new RefusedCells(error, List.of(new RefusedCells.Cell(0, column, "", message)));
  }
}
