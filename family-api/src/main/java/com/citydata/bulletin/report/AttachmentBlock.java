package com.citydata.bulletin.report;

import io.vertx.core.json.JsonObject;

/**
 * One printed table of an attachment. An attachment ({@code attachment} key, placed by {@code order}) is printed
 * when any of its blocks has data; the block at position 0 gives its title ("{count}" in it is the count of its
 * table's total, as in 未完成整改的事项清单（26）), later ones print under their own
 * {@code caption} (附件4's 市本级 seals, 附件6's sharing demands). {@code note} is printed under the table.
 */
public record AttachmentBlock(String attachment, int order, String title, int position, String table, String caption,
    String note, Layout layout) {

  /** The printed columns and rows of a ranking table, every cell already formatted. */
  public interface Layout {
    TableLayout of(JsonObject ranking);
  }
}
