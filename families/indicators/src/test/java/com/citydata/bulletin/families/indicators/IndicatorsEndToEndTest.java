package com.citydata.bulletin.families.indicators;

import static com.citydata.bulletin.testkit.Units.unit;
import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indicators family alone on the class path, run as the product runs it (real HTTP on loopback, PostgreSQL): a
 * collector posts named platform figures by date, and the figures read and the indicators table give the latest of
 * each on or before a day.
 */
class IndicatorsEndToEndTest {
  private static RunningPlatform running;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市数据资源管理局", "department"));
    collector = running.collector("platform-1", "indicators");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void eachFigureIsItsLatestOnOrBeforeTheDayAndAReportOfTheSameDayReplacesIt() {
    // query_accounts was last reported on 07-10; storage_tb's figure of 07-23 comes after the bulletin day.
    Api.Response first = post(new JsonArray()
        .add(figure("2018-07-10", "query_accounts", 1099))
        .add(figure("2018-07-13", "storage_tb", 45.1))
        .add(figure("2018-07-13", "interfaces_published", 560))
        .add(figure("2018-07-20", "storage_tb", 46.0))
        .add(figure("2018-07-20", "interfaces_published", 571))
        .add(figure("2018-07-20", "dingtalk_registered", 123_916))
        .add(figure("2018-07-23", "storage_tb", 47.2)));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    Api.Response correction = post(new JsonArray().add(figure("2018-07-20", "storage_tb", 46.65)));
    assertThat(correction.status()).as(correction.body()).isEqualTo(200);

    JsonObject onTheDay = new JsonObject()
        .put("values", new JsonObject().put("storage_tb", 46.65).put("interfaces_published", 571).put("query_accounts", 1099)
            .put("dingtalk_registered", 123_916))
        .put("indicators", new JsonArray()
            .add(listed("storage_tb", "存储容量（不含非结构化数据）", "TB", 46.65, "2018-07-20"))
            .add(listed("interfaces_published", "已发布接口", "个", 571, "2018-07-20"))
            .add(listed("query_accounts", "共享查询用户账号", "个", 1099, "2018-07-10"))
            .add(listed("dingtalk_registered", "全市政务钉钉注册用户", "人", 123_916, "2018-07-20")));
    assertThat(running.api.get("/api/v1/indicators?date=2018-07-20", collector).json())
        .isEqualTo(onTheDay.copy().put("date", "2018-07-20"));
    assertThat(running.api.get("/api/v1/rankings/indicators?week=2018-07-20", collector).json()).isEqualTo(onTheDay.copy()
        .put("table", "indicators")
        .put("window", new JsonObject().put("start", "2018-07-14").put("end", "2018-07-20").put("timezone", "Asia/Shanghai")));

    assertThat(running.api.get("/api/v1/indicators?date=2018-07-15", collector).json()).isEqualTo(new JsonObject()
        .put("date", "2018-07-15")
        .put("values", new JsonObject().put("storage_tb", 45.1).put("interfaces_published", 560).put("query_accounts", 1099))
        .put("indicators", new JsonArray()
            .add(listed("storage_tb", "存储容量（不含非结构化数据）", "TB", 45.1, "2018-07-13"))
            .add(listed("interfaces_published", "已发布接口", "个", 560, "2018-07-13"))
            .add(listed("query_accounts", "共享查询用户账号", "个", 1099, "2018-07-10"))));
  }

  @Test
  void aFractionOfACountIsA400NamingTheValueAndNothingOfItsRequestIsStored() {
    JsonObject before = running.api.get("/api/v1/indicators?date=2018-07-20", collector).json();
    Api.Response refused = post(new JsonArray()
        .add(figure("2018-07-20", "interfaces_in_use", 500))
        .add(figure("2018-07-20", "interfaces_published", 571.5)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(new JsonObject().put("index", 1).put("field", "value")
        .put("message", "interfaces_published is a count and must be a whole number, got 571.5"));
    assertThat(running.api.get("/api/v1/indicators?date=2018-07-20", collector).json()).isEqualTo(before);
  }

  private static Api.Response post(JsonArray points) {
    return running.api.post("/api/v1/ingest/indicators", collector, new JsonObject().put("points", points));
  }

  private static JsonObject figure(String date, String name, Number value) {
    return new JsonObject().put("date", date).put("name", name).put("value", value);
  }

  private static JsonObject listed(String name, String label, String unit, Number value, String date) {
    return new JsonObject().put("name", name).put("label", label).put("unit", unit).put("value", value).put("date", date);
  }
}
