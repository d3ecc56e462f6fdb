package com.citydata.bulletin.domain;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A spreadsheet refused whole: every bad cell by the sheet's own row number and its column as the header names it,
 * so that a clerk finds it where the spreadsheet shows it. Its details are {@code {"row","column","cell","message"}}
 * ({@code cell} as the spreadsheet writes it, "F5"); as field errors, the row is the index and the column the field.
 */
public final class RefusedCells extends InvalidRequestException {
  private final List<Cell> cells;

  /** One bad cell; {@code cell} is empty for a problem of the whole row or sheet. */
  public record Cell(int row, String column, String cell, String message) {
    JsonObject toJson() {
      JsonObject json = new JsonObject().put("row", row).put("column", column);
      if (!cell.isEmpty()) {
        json.put("cell", cell);
      }
      return json.put("message", message);
    }
  }

  public RefusedCells(String message, List<Cell> cells) {
    super(message, cells.stream().map(c -> new FieldError(c.row(), c.column(), c.message())).toList());
    this.cells = List.copyOf(cells);
  }

  public List<Cell> cells() {
    return cells;
  }

  @Override
  public JsonArray detailsJson() {
    return new JsonArray(cells.stream().map(Cell::toJson).toList());
  }
}
