package com.citydata.bulletin.platform;

import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates {@code grafana/dashboards/*.json} from the registered families' {@code dashboard.json} fragments: one
 * dashboard per family, the overview and the published rankings assembled from what each family adds to them.
 * Run it after changing a fragment and commit its output:
 * {@code java -cp product/target/bulletin-platform.jar com.citydata.bulletin.platform.GrafanaDashboards grafana/dashboards}.
 */
public final class GrafanaDashboards {
  static final JsonObject POSTGRES = new JsonObject().put("type", "grafana-postgresql-datasource").put("uid", "bulletin-postgres");
  private static final int GRID_WIDTH = 24;

  private GrafanaDashboards() {
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "grafana/dashboards");
    for (Map.Entry<String, JsonObject> file : generate(FamilyRegistry.installed()).entrySet()) {
      Files.writeString(out.resolve(file.getKey()), file.getValue().encodePrettily() + "\n", StandardCharsets.UTF_8);
    }
  }

  /** The dashboards by file name. */
  public static Map<String, JsonObject> generate(FamilyRegistry registry) {
    List<JsonObject> fragments = new ArrayList<>();
    for (Family family : registry.families()) {
      family.dashboard().ifPresent(json -> fragments.add(new JsonObject(json).put("family", family.name())));
    }
    fragments.sort(Comparator.comparingInt((JsonObject f) -> f.getInteger("order", Integer.MAX_VALUE))
        .thenComparing(f -> f.getString("family")));
    Map<String, JsonObject> files = new LinkedHashMap<>();
    List<JsonObject> overview = new ArrayList<>();
    List<JsonObject> rankings = new ArrayList<>();
    for (JsonObject fragment : fragments) {
      overview.addAll(objects(fragment.getJsonArray("overview")));
      rankings.addAll(objects(fragment.getJsonArray("rankings")));
    }
    files.put("overview.json", dashboard("bulletin-overview", "每周通报 · 总览", "now-1y", flow(overview), new JsonArray()));
    for (JsonObject fragment : fragments) {
      List<JsonObject> panels = objects(fragment.getJsonArray("panels"));
      JsonArray variables = fragment.getJsonArray("variables", new JsonArray()).copy();
      if (panels.stream().anyMatch(p -> p.encode().contains("$week"))) {
        variables.add(weekVariable());
      }
      files.put(fragment.getString("family") + ".json",
          dashboard(fragment.getString("uid"), fragment.getString("title"), "now-90d", numbered(panels), variables));
    }
    rankings.add(silentUnits());
    rankings.add(publishedBulletins());
    rankings.add(deliveryStates());
    rankings.add(deliveries());
    files.put("rankings.json", dashboard("bulletin-rankings", "每周排名（已发布）", "now-90d", flow(rankings),
        new JsonArray().add(weekVariable())));
    return files;
  }

  private static JsonObject dashboard(String uid, String title, String from, List<JsonObject> panels, JsonArray variables) {
    return new JsonObject()
        .put("uid", uid)
        .put("title", title)
        .put("tags", new JsonArray().add("每周通报"))
        .put("timezone", "Asia/Shanghai")
        .put("schemaVersion", 39)
        .put("version", 1)
        .put("editable", false)
        .put("refresh", "5m")
        .put("time", new JsonObject().put("from", from).put("to", "now"))
        .put("templating", new JsonObject().put("list", variables))
        .put("panels", new JsonArray(new ArrayList<>(panels)))
        .put("annotations", new JsonObject().put("list", new JsonArray()));
  }

  /** Panels numbered in order, placed where their fragment put them. */
  private static List<JsonObject> numbered(List<JsonObject> panels) {
    List<JsonObject> numbered = new ArrayList<>();
    for (JsonObject panel : panels) {
      numbered.add(new JsonObject().put("id", numbered.size() + 1).mergeIn(panel.copy()));
    }
    return numbered;
  }

  /** Panels from several families, numbered and laid out left to right, a new row when one is full. */
  private static List<JsonObject> flow(List<JsonObject> panels) {
    List<JsonObject> placed = numbered(panels);
    int x = 0;
    int y = 0;
    int rowHeight = 0;
    for (JsonObject panel : placed) {
      JsonObject grid = panel.getJsonObject("gridPos");
      int w = grid.getInteger("w");
      if (x + w > GRID_WIDTH) {
        x = 0;
        y += rowHeight;
        rowHeight = 0;
      }
      grid.put("x", x).put("y", y);
      x += w;
      rowHeight = Math.max(rowHeight, grid.getInteger("h"));
    }
    return placed;
  }

  private static JsonObject weekVariable() {
    String query = "SELECT DISTINCT bulletin_date::text AS __text FROM bulletin_revisions ORDER BY 1 DESC";
    return new JsonObject().put("name", "week").put("label", "通报日").put("type", "query").put("datasource", POSTGRES.copy())
        .put("query", query).put("definition", query).put("refresh", 1).put("multi", false).put("includeAll", false)
        .put("current", new JsonObject());
  }

  private static JsonObject publishedBulletins() {
    return table("已发布通报", GRID_WIDTH, "SELECT bulletin_date AS \"通报日\", revision AS \"版本\", published_at AS \"发布时间\", "
        + "published_by AS \"发布人\" FROM bulletin_revisions ORDER BY bulletin_date DESC, revision DESC");
  }

  /** How many deliveries wait, arrived or failed: a failed or long-pending one is a subscriber that missed a bulletin. */
  /** Who had not reported when the latest reminder went out, as the reporting status said then. */
  private static JsonObject silentUnits() {
    return table("未报送单位（最近一次催报时）", GRID_WIDTH, "SELECT r.bulletin_date AS \"通报日\", f->>'title' AS \"数据类别\", "
        + "u AS \"单位\", r.queued_at AS \"催报时间\" FROM reminders r CROSS JOIN LATERAL jsonb_array_elements(r.silent) AS f "
        + "CROSS JOIN LATERAL jsonb_array_elements_text(f->'units') AS u "
        + "WHERE r.bulletin_date = (SELECT max(bulletin_date) FROM reminders) ORDER BY 2, 3");
  }

  private static JsonObject deliveryStates() {
    return table("通报推送状态", 6, "SELECT state AS \"状态\", count(*) AS \"推送数\", max(attempts) AS \"最多尝试次数\" "
        + "FROM deliveries GROUP BY state ORDER BY state");
  }

  private static JsonObject deliveries() {
    return table("通报推送", GRID_WIDTH - 6, "SELECT s.name AS \"订阅\", s.kind AS \"方式\", d.event AS \"事件\", "
        + "d.bulletin_date AS \"通报日\", d.revision AS \"版本\", d.state AS \"状态\", d.attempts AS \"尝试次数\", "
        + "d.last_status AS \"最近应答\", d.last_error AS \"最近错误\", d.created_at AS \"排队时间\", "
        + "d.delivered_at AS \"送达时间\" FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id "
        + "ORDER BY d.created_at DESC LIMIT 200");
  }

  private static JsonObject table(String title, int width, String sql) {
    return new JsonObject().put("title", title).put("type", "table").put("datasource", POSTGRES.copy())
        .put("targets", new JsonArray().add(new JsonObject().put("refId", "A").put("datasource", POSTGRES.copy()).put("rawQuery", true)
            .put("rawSql", sql).put("format", "table").put("editorMode", "code")))
        .put("gridPos", new JsonObject().put("x", 0).put("y", 0).put("w", width).put("h", 8))
        .put("fieldConfig", new JsonObject().put("defaults", new JsonObject()).put("overrides", new JsonArray()))
        .put("options", new JsonObject());
  }

  private static List<JsonObject> objects(JsonArray array) {
    return array == null ? List.of() : array.stream().map(JsonObject.class::cast).toList();
  }
}
