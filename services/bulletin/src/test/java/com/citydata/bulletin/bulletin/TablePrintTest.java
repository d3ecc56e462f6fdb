package com.citydata.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablePrintTest {
  private static final JsonObject LAYOUT = new JsonObject()
      .put("columns", new JsonArray().add("序号").add("单位").add("注册数").add("日均活跃率"))
      .put("rows", new JsonArray()
          .add(new JsonObject().put("cells", new JsonArray().add("1").add("杭州市人民政府驻上海（深圳）办事处").add("2").add("40%")))
          .add(new JsonObject().put("cells", new JsonArray().add("合计").add("").add("24955").add("24%"))));

  /** The long unit name gets the most room, up to a cap; the number columns only theirs. */
  @Test
  void columnsAreAsWideAsWhatTheyHold() {
    List<Double> widths = TablePrint.widths(LAYOUT);
    assertThat(widths.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    // 序号 4+2, 单位 34 capped at 24, +2, 注册数 5+2 (header 6 halves to 3), 日均活跃率 5+2 (header 10 halves to 5).
    assertThat(widths).containsExactly(6 / 46.0, 26 / 46.0, 7 / 46.0, 7 / 46.0);
  }

  /** A column of one-digit ranks still has room for its header 序号 on one line. */
  @Test
  void aTwoCharacterHeaderStaysWhole() {
    JsonObject ranks = new JsonObject().put("columns", new JsonArray().add("序号").add("部门名称"))
        .put("rows", new JsonArray().add(new JsonObject().put("cells", new JsonArray().add("1").add("市公安局"))));
    assertThat(TablePrint.widths(ranks)).containsExactly(6 / 16.0, 10 / 16.0);
  }

  @Test
  void numbersAlignRightNamesLeftTheRestCentred() {
    assertThat(TablePrint.align("24955", 2)).isEqualTo(TablePrint.Align.RIGHT);
    assertThat(TablePrint.align("11,117.7", 4)).isEqualTo(TablePrint.Align.RIGHT);
    assertThat(TablePrint.align("96.49%", 5)).isEqualTo(TablePrint.Align.RIGHT);
    assertThat(TablePrint.align("市公安局", 1)).isEqualTo(TablePrint.Align.LEFT);
    assertThat(TablePrint.align("新", 6)).isEqualTo(TablePrint.Align.CENTER);
    assertThat(TablePrint.align("合计", 0)).isEqualTo(TablePrint.Align.CENTER);
    assertThat(TablePrint.align("↑12.5%", 6)).isEqualTo(TablePrint.Align.CENTER);
  }
}
