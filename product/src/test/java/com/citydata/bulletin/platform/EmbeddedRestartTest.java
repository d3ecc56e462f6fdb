package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.testkit.Api;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product on its embedded defaults (PostgreSQL and QuestDB inside the data directory) keeps the catalog,
 * collectors and figures across a restart.
 */
class EmbeddedRestartTest {
  private static final String ADMIN = "restart-admin";

  @TempDir
  Path dataDir;

  @Test
  void aRestartKeepsCatalogCollectorsAndRankings() throws Exception {
    JsonObject catalogBefore;
    JsonObject collectBefore;
    JsonObject pushBefore;
    String collector;
    try (Platform platform = Platform.start(config())) {
      Api api = new Api(platform.port());
      assertThat(api.put("/api/v1/catalog/units", ADMIN, units(
          unit("市公安局", "department", "公安局"), unit("江干区", "district"), unit("城市数据大脑", "special"))).status())
          .isEqualTo(200);
      assertThat(api.put("/api/v1/catalog/units", ADMIN, units(
          unit("市民卡公司", "company"), unit("市公安局", "department", "杭州市公安局"))).json().getInteger("upserted"))
          .isEqualTo(2);
      catalogBefore = api.get("/api/v1/catalog/units", ADMIN).json();
      assertThat(catalogBefore.getJsonArray("units").stream().map(u -> ((JsonObject) u).getString("name")).toList())
          .containsExactly("市公安局", "江干区", "城市数据大脑", "市民卡公司");
      assertThat(catalogBefore.getJsonArray("units").getJsonObject(0).getJsonArray("aliases")).containsExactly("杭州市公安局");

      collector = api.collector(ADMIN, "etl-1", "exchange");
      Api.Response posted = api.post("/api/v1/ingest/exchange", collector, new JsonObject().put("points", new JsonArray(List.of(
          point("2018-07-10T10:00:00+08:00", "collect", "杭州市公安局", 30_000),
          point("2018-07-16T10:00:00+08:00", "collect", "杭州市公安局", 40_000),
          point("2018-07-16T10:00:00+08:00", "push", "江干区", 7),
          point("2018-07-18T10:00:00+08:00", "collect", "城市数据大脑", 1_000_000)))));
      assertThat(posted.status()).as(posted.body()).isEqualTo(200);

      collectBefore = api.get("/api/v1/rankings/exchange-collect?week=2018-07-20", collector).json();
      pushBefore = api.get("/api/v1/rankings/exchange-push?week=2018-07-20", collector).json();
      assertThat(collectBefore.getJsonArray("rows").getJsonObject(0).getLong("cumulative")).isEqualTo(70_000);
      assertThat(collectBefore.getJsonArray("rows").getJsonObject(0).getLong("weekly")).isEqualTo(40_000);
      assertThat(collectBefore.getJsonObject("total").getLong("weekly")).isEqualTo(1_040_000);
    }

    try (Platform platform = Platform.start(config())) {
      Api api = new Api(platform.port());
      assertThat(api.get("/api/v1/catalog/units", ADMIN).json()).isEqualTo(catalogBefore);
      assertThat(api.get("/api/v1/rankings/exchange-collect?week=2018-07-20", collector).json()).isEqualTo(collectBefore);
      assertThat(api.get("/api/v1/rankings/exchange-push?week=2018-07-20", collector).json()).isEqualTo(pushBefore);
      assertThat(api.get("/api/v1/rankings/exchange-collect?week=2018-07-13", collector).json()
          .getJsonArray("rows").getJsonObject(0).getLong("weekly")).isEqualTo(30_000);
    }
  }

  private AppConfig config() throws Exception {
    return AppConfig.load(Optional.empty(), Map.of(
        AppConfig.DATA_DIR, dataDir.toString(),
        AppConfig.HTTP_PORT, "0",
        AppConfig.ADMIN_TOKEN, ADMIN));
  }

  private static JsonObject units(JsonObject... units) {
    return new JsonObject().put("units", new JsonArray(List.of((Object[]) units)));
  }

  private static JsonObject unit(String name, String kind, String... aliases) {
    return new JsonObject().put("name", name).put("kind", kind).put("aliases", new JsonArray(List.of((Object[]) aliases)));
  }

  private static JsonObject point(String time, String direction, String unit, long records) {
    return new JsonObject().put("time", time).put("direction", direction).put("unit", unit)
        .put("tables", 3).put("fields", 30).put("records", records);
  }
}
