# Generates grafana/dashboards/*.json: edit this file, run `python3 grafana/tools/generate_dashboards.py`,
# and commit both. Panels query the product schema (measurements exchange, interface_calls, page_queries,
# dingtalk; PostgreSQL tables ranking_snapshots and bulletin_revisions).
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'dashboards')
INFLUX = {"type": "influxdb", "uid": "bulletin-influxdb"}
PG = {"type": "grafana-postgresql-datasource", "uid": "bulletin-postgres"}

def target(ref, query, ds=INFLUX, fmt="time_series"):
    t = {"refId": ref, "datasource": ds, "rawQuery": True, "query": query, "resultFormat": fmt}
    if ds is PG:
        t = {"refId": ref, "datasource": ds, "rawQuery": True, "rawSql": query, "format": "table", "editorMode": "code"}
    return t

def panel(pid, title, ptype, targets, x, y, w, h, unit=None, extra=None, ds=INFLUX):
    p = {"id": pid, "title": title, "type": ptype, "datasource": ds, "targets": targets,
         "gridPos": {"x": x, "y": y, "w": w, "h": h},
         "fieldConfig": {"defaults": {}, "overrides": []}, "options": {}}
    if unit:
        p["fieldConfig"]["defaults"]["unit"] = unit
    if extra:
        for k, v in extra.items():
            p[k] = v
    return p

def unit_var(measurement):
    return {"name": "unit", "label": "单位", "type": "query", "datasource": INFLUX,
            "query": f'SHOW TAG VALUES FROM "{measurement}" WITH KEY = "unit"', "definition": f'SHOW TAG VALUES FROM "{measurement}" WITH KEY = "unit"',
            "multi": True, "includeAll": True, "refresh": 1, "current": {"text": "All", "value": "$__all"}, "sort": 1}

def dashboard(uid, title, panels, variables=(), time_from="now-90d", tags=("每周通报",)):
    return {"uid": uid, "title": title, "tags": list(tags), "timezone": "Asia/Shanghai", "schemaVersion": 39,
            "version": 1, "editable": False, "refresh": "5m", "time": {"from": time_from, "to": "now"},
            "templating": {"list": list(variables)}, "panels": panels, "annotations": {"list": []}}

this_week = 'time >= now() - 7d'
last_week = 'time >= now() - 14d AND time < now() - 7d'

def week_stat(pid, title, measurement, field, where, x, y, scale_unit="short", divisor=None):
    sel = f'sum("{field}")' + (f' / {divisor}' if divisor else '')
    wh = (where + ' AND ') if where else ''
    a = f'SELECT {sel} AS "本周" FROM "{measurement}" WHERE {wh}{this_week}'
    b = f'SELECT {sel} AS "上周" FROM "{measurement}" WHERE {wh}{last_week}'
    return panel(pid, title, "stat", [target("A", a), target("B", b)], x, y, 6, 5, unit=scale_unit,
                 extra={"options": {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                                    "textMode": "value_and_name", "colorMode": "value", "graphMode": "none"},
                        "transformations": [{"id": "calculateField", "options": {"mode": "binaryOperation", "alias": "较上周",
                            "binary": {"left": "本周", "operator": "/", "right": "上周"}, "replaceFields": False}}]})

overview = dashboard("bulletin-overview", "每周通报 · 总览", time_from="now-1y", panels=[
    week_stat(1, "本周归集量（亿条）", "exchange", "records", "\"direction\" = 'collect'", 0, 0, "none", 100000000),
    week_stat(2, "本周推送量（亿条）", "exchange", "records", "\"direction\" = 'push'", 6, 0, "none", 100000000),
    week_stat(3, "本周接口调用（万次）", "interface_calls", "calls", "", 12, 0, "none", 10000),
    week_stat(4, "本周页面查询访问量（次）", "page_queries", "visits", "", 18, 0, "none"),
    panel(5, "图1 累计归集情况（亿条）", "timeseries", [target("A",
        'SELECT cumulative_sum(sum("records")) / 100000000 AS "累计归集量" FROM "exchange" WHERE "direction" = \'collect\' AND $timeFilter GROUP BY time(7d) fill(0)')],
        0, 5, 24, 9, unit="none", extra={"timeFrom": None}),
    panel(6, "政务钉钉本周日均活跃用户", "stat", [
        target("A", 'SELECT sum("mean") AS "本周" FROM (SELECT mean("active_users") FROM "dingtalk" WHERE ' + this_week + ' GROUP BY "unit")'),
        target("B", 'SELECT sum("mean") AS "上周" FROM (SELECT mean("active_users") FROM "dingtalk" WHERE ' + last_week + ' GROUP BY "unit")')],
        0, 14, 12, 5, unit="none", extra={"options": {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False}, "textMode": "value_and_name"}}),
    panel(7, "各周归集与推送量（亿条）", "barchart", [target("A",
        'SELECT sum("records") / 100000000 FROM "exchange" WHERE $timeFilter GROUP BY time(7d), "direction" fill(0)')],
        12, 14, 12, 5, unit="none"),
])

def family_dashboard(uid, title, measurement, field, where, per_unit_title, top_title, table_panel, divisor=None, unit_label="none"):
    wh = (where + ' AND ') if where else ''
    sel = f'sum("{field}")' + (f' / {divisor}' if divisor else '')
    return dashboard(uid, title, [
        panel(1, per_unit_title, "timeseries", [target("A",
            f'SELECT {sel} FROM "{measurement}" WHERE {wh}"unit" =~ /^$unit$/ AND $timeFilter GROUP BY time($__interval), "unit" fill(null)')],
            0, 0, 24, 9, unit=unit_label),
        panel(2, top_title, "bargauge", [target("A",
            f'SELECT {sel} AS "本周" FROM "{measurement}" WHERE {wh}{this_week} GROUP BY "unit"')],
            0, 9, 12, 10, unit=unit_label, extra={"options": {"orientation": "horizontal", "displayMode": "gradient",
                "reduceOptions": {"calcs": ["sum"], "values": False, "limit": 10}}}),
        table_panel,
    ], variables=[unit_var(measurement)])

def snapshot_table(pid, title, table, columns, x, y, w, h):
    cols = ", ".join(f"{expr} AS \"{name}\"" for name, expr in columns)
    sql = (f"SELECT {cols} FROM ranking_snapshots s CROSS JOIN LATERAL jsonb_array_elements(s.content->'rows') AS r "
           f"WHERE s.table_name = '{table}' AND s.bulletin_date = '$week'::date "
           f"AND s.revision = (SELECT max(revision) FROM ranking_snapshots WHERE bulletin_date = '$week'::date) "
           f"ORDER BY (r->>'rank')::int")
    return panel(pid, title, "table", [target("A", sql, ds=PG)], x, y, w, h, ds=PG)

WEEK_VAR = {"name": "week", "label": "通报日", "type": "query", "datasource": PG,
            "query": "SELECT DISTINCT bulletin_date::text AS __text FROM bulletin_revisions ORDER BY 1 DESC",
            "definition": "SELECT DISTINCT bulletin_date::text AS __text FROM bulletin_revisions ORDER BY 1 DESC",
            "refresh": 1, "multi": False, "includeAll": False, "current": {}}

EX_COLS = [("序号", "(r->>'rank')::int"), ("部门名", "r->>'unit'"), ("资源表", "(r->>'tables')::bigint"),
           ("字段项", "(r->>'fields')::bigint"), ("累计（万条）", "round((r->>'cumulative')::numeric / 10000, 1)"),
           ("本周（万条）", "round((r->>'weekly')::numeric / 10000, 1)")]
IF_COLS = [("序号", "(r->>'rank')::int"), ("部门", "r->>'unit'"), ("业务系统", "r->>'system'"),
           ("累计调用次数（万次）", "round((r->>'cumulative')::numeric / 10000, 1)"), ("本周调用次数（万次）", "round((r->>'weekly')::numeric / 10000, 1)")]
PQ_COLS = [("序号", "(r->>'rank')::int"), ("市级部门、区县（市）", "r->>'unit'"), ("查询模块数", "(r->>'modules')::bigint"),
           ("累计访问量", "(r->>'cumulative')::bigint"), ("本周访问量", "(r->>'weekly')::bigint")]
DT_COLS = [("序号", "(r->>'rank')::int"), ("单位", "r->>'unit'"), ("注册数", "(r->>'registered')::bigint"),
           ("激活率", "floor((r->>'activation_rate')::numeric * 100) || '%'"), ("激活数", "(r->>'activated')::bigint"),
           ("日均活跃数", "floor((r->>'daily_active')::numeric)"), ("日均活跃率", "floor((r->>'daily_active_rate')::numeric * 100) || '%'")]

def with_week(d):
    d["templating"]["list"].append(WEEK_VAR)
    return d

exchange = with_week(family_dashboard("bulletin-exchange", "数据归集与推送", "exchange", "records", "\"direction\" = 'collect'",
    "各单位归集量（万条）", "本周归集量前十（万条）",
    snapshot_table(3, "附件1 数据归集排名表（已发布）", "exchange-collect", EX_COLS, 12, 9, 12, 10), divisor=10000))
exchange["panels"].append(panel(4, "各单位推送量（万条）", "timeseries", [target("A",
    'SELECT sum("records") / 10000 FROM "exchange" WHERE "direction" = \'push\' AND "unit" =~ /^$unit$/ AND $timeFilter GROUP BY time($__interval), "unit" fill(null)')],
    0, 19, 12, 9, unit="none"))
exchange["panels"].append(snapshot_table(5, "附件2 数据推送排名表（已发布）", "exchange-push", EX_COLS, 12, 19, 12, 10))
interface = with_week(family_dashboard("bulletin-interface", "接口调用", "interface_calls", "calls", "",
    "各单位接口调用（万次）", "本周调用量前十（万次）", snapshot_table(3, "附件3 接口调用排名表（已发布）", "interface-calls", IF_COLS, 12, 9, 12, 10), divisor=10000))
pagequery = with_week(family_dashboard("bulletin-pagequery", "页面查询", "page_queries", "visits", "",
    "各单位页面查询访问量（次）", "本周访问量前十（次）", snapshot_table(3, "附件6 页面查询排名表（已发布）", "pagequery-visits", PQ_COLS, 12, 9, 12, 10)))
dingtalk = with_week(dashboard("bulletin-dingtalk", "政务钉钉", [
    panel(1, "各单位日活跃用户", "timeseries", [target("A",
        'SELECT last("active_users") FROM "dingtalk" WHERE "unit" =~ /^$unit$/ AND $timeFilter GROUP BY time(1d), "unit" fill(null)')],
        0, 0, 24, 9, unit="none"),
    panel(2, "本周日均活跃率前十", "bargauge", [target("A",
        'SELECT mean("active_users") / last("activated") * 100 AS "日均活跃率" FROM "dingtalk" WHERE ' + this_week + ' GROUP BY "unit"')],
        0, 9, 12, 10, unit="percent", extra={"options": {"orientation": "horizontal", "reduceOptions": {"calcs": ["lastNotNull"], "values": False, "limit": 10}}}),
    snapshot_table(3, "附件17 市本级单位政务钉钉活跃率排名表（已发布）", "dingtalk-city", DT_COLS, 12, 9, 12, 10),
    snapshot_table(4, "附件18 各区县政务钉钉活跃率排名表（已发布）", "dingtalk-district", DT_COLS, 0, 19, 24, 10),
], variables=[unit_var("dingtalk")]))
rankings = dashboard("bulletin-rankings", "每周排名（已发布）", [
    snapshot_table(1, "附件1 数据归集排名表", "exchange-collect", EX_COLS, 0, 0, 12, 11),
    snapshot_table(2, "附件2 数据推送排名表", "exchange-push", EX_COLS, 12, 0, 12, 11),
    snapshot_table(3, "附件3 接口调用排名表", "interface-calls", IF_COLS, 0, 11, 12, 11),
    snapshot_table(4, "附件6 页面查询排名表", "pagequery-visits", PQ_COLS, 12, 11, 12, 11),
    snapshot_table(5, "附件17 市本级单位政务钉钉活跃率排名表", "dingtalk-city", DT_COLS, 0, 22, 12, 14),
    snapshot_table(6, "附件18 各区县政务钉钉活跃率排名表", "dingtalk-district", DT_COLS, 12, 22, 12, 14),
    panel(7, "已发布通报", "table", [target("A",
        "SELECT bulletin_date AS \"通报日\", revision AS \"版本\", published_at AS \"发布时间\", published_by AS \"发布人\" FROM bulletin_revisions ORDER BY bulletin_date DESC, revision DESC", ds=PG)],
        0, 36, 24, 8, ds=PG),
], variables=[WEEK_VAR])

for name, d in [("overview", overview), ("exchange", exchange), ("interface", interface), ("pagequery", pagequery),
                ("dingtalk", dingtalk), ("rankings", rankings)]:
    for p in d["panels"]:
        if "timeFrom" in p and p["timeFrom"] is None:
            del p["timeFrom"]
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("ok")
