package com.citydata.bulletin.bulletin;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a printed table sits on the page, the same in Word, PDF and HTML: column widths from what the columns hold,
 * so unit names stay on one line where the page allows, and each cell's alignment (numbers right, the name column
 * left, the rest centred).
 */
final class TablePrint {
  enum Align { LEFT, CENTER, RIGHT }

  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?");
  private static final int NAME_COLUMN = 1;
  /** Room either side of a cell's text, in half-width characters. */
  private static final int PADDING = 2;
  private static final int SHORTEST_HEADER = 4;
  /** Past this a column's text wraps rather than starve the others: a unit name of 12 characters stays whole. */
  private static final int WIDEST = 24;

  private TablePrint() {
  }

  /**
   * Fractions of the table's width, one a column, summing to 1. A column gets the width of its widest cell, up to
   * {@link #WIDEST}; a header may wrap onto two lines, so it asks for half its width, but never splits a
   * two-character word (序号).
   */
  static List<Double> widths(JsonObject layout) {
    JsonArray columns = layout.getJsonArray("columns");
    int[] need = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      int header = width(columns.getString(c));
      need[c] = Math.max((header + 1) / 2, Math.min(header, SHORTEST_HEADER));
    }
    for (Object row : layout.getJsonArray("rows")) {
      JsonArray cells = ((JsonObject) row).getJsonArray("cells");
      for (int c = 0; c < Math.min(cells.size(), need.length); c++) {
        need[c] = Math.max(need[c], width(cells.getString(c)));
      }
    }
    double total = 0;
    for (int c = 0; c < need.length; c++) {
      need[c] = Math.min(need[c], WIDEST) + PADDING;
      total += need[c];
    }
    List<Double> widths = new ArrayList<>();
    for (int n : need) {
      widths.add(n / total);
    }
    return widths;
  }

  static Align align(String cell, int column) {
    if (NUMBER.matcher(cell).matches()) {
      return Align.RIGHT;
    }
    return column == NAME_COLUMN ? Align.LEFT : Align.CENTER;
  }

  /** Printed width in half-width characters: Chinese characters and full-width forms take two. */
  static int width(String text) {
    return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }
}
