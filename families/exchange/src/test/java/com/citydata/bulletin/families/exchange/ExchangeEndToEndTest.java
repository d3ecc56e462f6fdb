package com.citydata.bulletin.families.exchange;

import static com.citydata.bulletin.testkit.Units.unit;
import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exchange family alone on the class path, run as the product runs it (real HTTP on loopback, the embedded
 * QuestDB, PostgreSQL): a collector posts JSON points and line protocol, and the rankings and the bulletin read them.
 */
class ExchangeEndToEndTest {
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市公安局", "department", "公安局"),
        unit("市民政局", "department"),
        unit("城市数据大脑", "special"));
    collector = running.collector("etl-1", "exchange");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void jsonPointsAndLineProtocolRankTheWeekAndPrintSectionOne() {
    // Last week and this week (2018-07-14 to 07-20, Asia/Shanghai), by alias and by name.
    assertThat(running.api.post("/api/v1/ingest/exchange", collector, new JsonObject().put("points", new JsonArray(List.of(
        point("2018-07-10T09:00:00+08:00", "collect", "公安局", 38, 470, 1_000_000),
        point("2018-07-16T09:30:00+08:00", "collect", "公安局", 38, 477, 1_273_000),
        point("2018-07-17T10:00:00+08:00", "collect", "市民政局", 5, 60, 20_000),
        point("2018-07-18T10:00:00+08:00", "collect", "城市数据大脑", 2, 9, 3_000_000),
        point("2018-07-16T11:00:00+08:00", "push", "市民政局", 4, 40, 7_000))))).status()).isEqualTo(200);
    // 2018-07-19T12:00+08:00 in milliseconds, through the InfluxDB write API a Telegraf output speaks.
    Api.Response door = running.api.post("/api/v2/write?bucket=exchange&precision=ms", collector, "text/plain; charset=utf-8",
        "exchange,direction=push,unit=市公安局 tables=12i,fields=130i,records=5000i 1531972800000\n");
    assertThat(door.status()).isEqualTo(204);

    JsonObject collect = running.api.get("/api/v1/rankings/exchange-collect?week=2018-07-20", collector).json();
    assertThat(collect.getJsonArray("rows")).hasSize(2);
    assertThat(collect.getJsonArray("rows").getJsonObject(0)).isEqualTo(new JsonObject().put("rank", 1).put("unit", "市公安局")
        .put("tables", 38L).put("fields", 477L).put("cumulative", 2_273_000L).put("weekly", 1_273_000L)
        .put("change", new JsonObject().put("new", false).put("weekly", 273_000L).put("percent", 27.3)
            .put("previous_rank", 1).put("rank", 0)));
    assertThat(collect.getJsonArray("special").getJsonObject(0).getString("unit")).isEqualTo("城市数据大脑");
    JsonObject total = collect.getJsonObject("total");
    assertThat(total.getLong("units")).isEqualTo(3);
    assertThat(total.getLong("weekly")).isEqualTo(4_293_000L);
    assertThat(total.getLong("cumulative")).isEqualTo(5_293_000L);

    JsonObject push = running.api.get("/api/v1/rankings/exchange-push?week=2018-07-20", collector).json();
    assertThat(push.getJsonArray("rows").getJsonObject(0).getString("unit")).isEqualTo("市民政局");
    assertThat(push.getJsonArray("rows").getJsonObject(1).getLong("weekly")).isEqualTo(5_000L);
    assertThat(push.getJsonObject("total").getLong("weekly")).isEqualTo(12_000L);

    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", collector).body();
    assertThat(markdown).contains("数据归集和共享情况").contains("归集3个部门、45张表、546个字段，累计总归集量0.05亿条。本周归集总量0.04亿条，较上周增长329.3%").contains("数据归集排名表")
        .contains("数据推送排名表");
  }

  private static JsonObject point(String time, String direction, String unit, long tables, long fields, long records) {
    return new JsonObject().put("time", time).put("direction", direction).put("unit", unit)
        .put("tables", tables).put("fields", fields).put("records", records);
  }
}
