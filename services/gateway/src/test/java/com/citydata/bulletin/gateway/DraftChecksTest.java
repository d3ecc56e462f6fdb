package com.citydata.bulletin.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DraftChecksTest {

  private static JsonObject row(String unit, Object percent) {
    return new JsonObject().put("unit", unit).put("weekly", 1).put("change", new JsonObject().put("percent", percent));
  }

  private static JsonObject attachment(int number, String title, JsonArray rows, JsonArray printed) {
    return new JsonObject().put("number", number).put("title", title).put("tables", new JsonArray().add(new JsonObject()
        .put("caption", title).put("ranking", new JsonObject().put("rows", rows)).put("layout", new JsonObject().put("rows", printed))));
  }

  @Test
  void rowsThatMovedByTheFactorEitherWayAreToCheck() {
    JsonObject bulletin = new JsonObject().put("attachments", new JsonArray()
        .add(attachment(1, "数据归集排名表", new JsonArray().add(row("市公安局", 100.0)).add(row("市民政局", 99.99))
            .add(row("市财政局", -50.0)).add(row("市教育局", -49.99)).add(row("市审计局", null))
            .add(new JsonObject().put("unit", "新单位").put("change", new JsonObject().put("new", true))), new JsonArray().add(new JsonArray())))
        .add(attachment(2, "接口调用排名表", new JsonArray(), new JsonArray())));

    assertThat(DraftChecks.moved(bulletin, 2)).containsExactly(
        new DraftChecks.Moved(1, "数据归集排名表", "市公安局", new BigDecimal("100.0")),
        new DraftChecks.Moved(1, "数据归集排名表", "市财政局", new BigDecimal("-50.0")));
  }
}
