package com.citydata.bulletin.report;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as printed: the seed's columns, and rows of formatted cells with a kind ("" for a ranked row, "others",
 * "special", "total"). Every document format renders this one layout, so HTML, Markdown, Word and PDF agree.
 */
public final class TableLayout {
  /** The column every weekly table adds: the change against last week. */
  public static final String CHANGE = "较上周";

  private final List<String> columns;
  private final List<JsonObject> rows = new ArrayList<>();

  public TableLayout(String... columns) {
    this.columns = List.of(columns);
  }

  public TableLayout row(String kind, Object... cells) {
    JsonArray values = new JsonArray();
    for (Object cell : cells) {
      values.add(cell == null ? "" : cell.toString());
    }
    if (values.size() != columns.size()) {
      throw new IllegalArgumentException(values.size() + " cells for " + columns.size() + " columns: " + values);
    }
    rows.add(new JsonObject().put("kind", kind).put("cells", values));
    return this;
  }

  public JsonObject toJson() {
    return new JsonObject().put("columns", new JsonArray(new ArrayList<>(columns))).put("rows", new JsonArray(new ArrayList<>(rows)));
  }

  /** "新" for a row absent last week; else the amount's percentage change and the move in rank, e.g. "+12.3% ↑2". */
  public static String change(JsonObject change) {
    if (change == null) {
      return "";
    }
    if (change.getBoolean("new", false)) {
      return "新";
    }
    List<String> parts = new ArrayList<>();
    Object percent = change.getValue("percent");
    if (percent != null) {
      BigDecimal value = new BigDecimal(percent.toString()).setScale(1, RoundingMode.HALF_UP);
      parts.add((value.signum() > 0 ? "+" : "") + value.toPlainString() + "%");
    }
    Integer rank = change.getInteger("rank");
    if (rank != null && rank != 0) {
      parts.add((rank > 0 ? "↑" : "↓") + Math.abs(rank));
    }
    return parts.isEmpty() ? "—" : String.join(" ", parts);
  }

  public static List<JsonObject> objects(JsonArray array) {
    return array == null ? List.of() : array.stream().map(JsonObject.class::cast).toList();
  }
}
