package com.citydata.bulletin.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's sections 三 and 四 as an editor and the office would give them: the pilot and needs lists of 附件11 and
 * 附件12, and a matters register built from the matters 附件13–16 list, plus filler matters to reach the seed's
 * counts (1353 matters, 1265 with an online address, 1146 of them with unified authentication). What the seed does
 * not print is chosen and said so: the lists' matters are separate rows of the register (a matter listed in two
 * attachments is two rows), their addresses, and the fillers' names, units and exceptions.
 */
final class SeedSectionThreeFourFixture {
  static final int MATTERS = 1353;
  static final int WITH_ADDRESS = 1265;
  static final int UNIFIED = 1146;
  static final List<String> BRAIN_LEAD = List.of(
      "数据资源平台建设：截止7月20日，已与市交通运输局、市建委、市城管委、市气象局、市旅委、市公交集团、市地铁集团、市交管局、市市场监管局、"
          + "市人力社保局、市卫计委11家单位进行对接，完成试点单位项目空间初始化；开始归集各单位目录元数据与查询日志；完成智能数据资源目录不同数据库"
          + "workflow开发；开始编制政务数据资源目录（2019版）。",
      "大脑平台大屏建设：大脑平台大屏开发设计两个主题分别为城市数据资源大屏和交通治堵业务大屏。目前指标设计方案初稿已完成；视觉设计进行中；"
          + "城市数据资源大屏基础指标开发中；政务网与交警专网打通方案协调中。");
  static final List<String> MATTERS_CLOSE = List.of("要求各单位在7月底之前维护好权力事项库中相关信息(网上办理业务模式、是否最多跑一次事项、"
      + "不适宜开展网上申报、极少业务、涉密或敏感、事权层级等)，8月份开始将以权力事项库为依据，随时抽查网上办理情况及星级服务模式是否对应。");

  final Map<String, String> kinds = new LinkedHashMap<>();
  final JsonArray pilots = new JsonArray();
  final JsonArray needs = new JsonArray();
  final List<List<String>> register = new ArrayList<>();

  SeedSectionThreeFourFixture() {
    for (String[] row : cells(SeedSectionThreeFourTables.BRAIN_PILOTS)) {
      kinds.putIfAbsent(row[1], "department");
      pilots.add(new JsonObject().put("unit", row[1]).put("progress", Integer.parseInt(row[2].replace("%", ""))).put("summary", row[3]));
    }
    for (String[] row : cells(SeedSectionThreeFourTables.BRAIN_NEEDS)) {
      kinds.putIfAbsent(row[0], "department");
      needs.add(new JsonObject().put("unit", row[0]).put("applications", row[1]).put("needs", row[2]));
    }
    register();
  }

  /** A table's lines as cells, an empty last cell kept. */
  static List<String[]> cells(String table) {
    return table.lines().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
  }

  /** The rows of a list, without its total line. */
  private static List<String[]> rows(String table) {
    return cells(table).stream().filter(r -> r[0].matches("\\d+")).toList();
  }

  private void register() {
    int address = 0;
    for (String[] r : rows(SeedSectionThreeFourTables.RECTIFYING)) {
      register.add(matter(r[1], r[2], r[3], url(++address), "是", "", r[4], r[5], "", "", "", "", "", "", "", ""));
    }
    for (String[] r : rows(SeedSectionThreeFourTables.ELSEWHERE)) {
      register.add(matter(r[1], r[2], r[3], url(++address), "否", r[6], "", "", r[4], r[5], "", "", "", "", "", ""));
    }
    for (String[] r : rows(SeedSectionThreeFourTables.NO_ADDRESS)) {
      register.add(matter(r[1], r[2], "", "", "否", "", "", "", "", "", "", "", "", "", "", ""));
    }
    for (String[] r : rows(SeedSectionThreeFourTables.NO_UNIFIED_AUTH)) {
      register.add(matter(r[2], r[3], "", url(++address), "否", "", "", "", "", "", r[1], r[4], r[5], r[6], r[7], r[8]));
    }
    int unified = (int) register.stream().filter(m -> !m.get(3).isEmpty() && m.get(4).equals("是")).count();
    int withoutAddress = MATTERS - WITH_ADDRESS - (int) register.stream().filter(m -> m.get(3).isEmpty()).count();
    for (int i = 0; i < withoutAddress; i++) {
      register.add(matter(filler(i), "无地址事项" + (i + 1), "个人;", "", "否", "办件量极少", "", "", "", "", "", "", "", "", "", ""));
    }
    for (int i = 0; i < UNIFIED - unified; i++) {
      register.add(matter(filler(i), "统一认证事项" + (i + 1), "法人;", url(++address), "是", "", "", "", "", "", "", "", "", "", "", ""));
    }
    while (register.size() < MATTERS) {
      register.add(matter(filler(register.size()), "省级系统事项" + register.size(), "法人;", url(++address), "否", "使用省级系统", "", "", "", "",
          "", "", "", "", "", ""));
    }
  }

  private static String filler(int i) {
    return List.of("市发改委", "市财政局", "市商务委", "市教育局").get(i % 4);
  }

  private static String url(int i) {
    return "https://127.0.0.1/apply/" + i;
  }

  private static List<String> matter(String... cells) {
    return Arrays.asList(cells);
  }

  byte[] registerCsv() {
    return RegisterFiles.csv(RegisterFiles.COLUMNS, register, StandardCharsets.UTF_8);
  }

  JsonObject catalog() {
    JsonArray units = new JsonArray();
    kinds.forEach((name, kind) -> units.add(new JsonObject().put("name", name).put("kind", kind)));
    return new JsonObject().put("units", units);
  }
}
