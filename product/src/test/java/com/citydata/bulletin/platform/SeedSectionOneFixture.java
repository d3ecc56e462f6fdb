package com.citydata.bulletin.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collector traffic meant to reproduce the rest of the seed's section 一 for the week ending 2018-07-20: 附件4
 * (e-seals), 附件5 (e-licences), 附件6's sharing demands, and the platform figures the sentences quote. What the
 * seed does not print is chosen here and said so: how a region's stamps and the week's 30023 split over its seals,
 * the names of the city level's 157 seals that never stamped, and how each day's demands split over units.
 */
final class SeedSectionOneFixture {
  static final String BEFORE = "2018-06-29T10:00:00+08:00";
  static final String IN_WEEK = "2018-07-17T10:00:00+08:00";
  static final String NEXT_WEEK = "2018-07-21T08:00:00+08:00";
  /** 本周盖章 30023 次 (section 一(二)2): the seed prints only this total of the week's stamps. */
  static final long WEEKLY_STAMPS = 30_023;
  static final String CITY = "杭州市本级";

  /** The platform figures of section 一 and 五, as the seed prints them. */
  static final Map<String, Object> FIGURES = new LinkedHashMap<>();

  static {
    FIGURES.put("storage_tb", 46.65);
    FIGURES.put("reform_collected_records", 1_309_000_000L);
    FIGURES.put("batch_shared_records", 1_221_000_000L);
    FIGURES.put("interfaces_published", 571);
    FIGURES.put("interfaces_provincial", 210);
    FIGURES.put("interfaces_in_use", 426);
    FIGURES.put("service_interfaces", 1660);
    FIGURES.put("pagequery_modules_published", 110);
    FIGURES.put("pagequery_modules_accessible", 109);
    FIGURES.put("query_accounts", 4164);
    FIGURES.put("query_account_organisations", 1417);
    FIGURES.put("requesting_organisations", 304);
    FIGURES.put("requesting_accounts", 1321);
    FIGURES.put("digital_certificates", 1099);
    FIGURES.put("licences_made", 4_692_832);
    FIGURES.put("licence_departments", 29);
    FIGURES.put("licence_kinds", 67);
    FIGURES.put("licences_shared", 2_025_240);
    FIGURES.put("province_push_tables", 452);
    FIGURES.put("province_push_fields", 10_041);
    FIGURES.put("province_push_records", 76_000_000);
    FIGURES.put("dingtalk_registered", 123_916);
    FIGURES.put("dingtalk_activated", 118_169);
    FIGURES.put("dingtalk_weekly_active", 60_648);
  }

  /** Units in catalogue order: the e-seal regions first, in the seed's order, which 附件4 follows. */
  final Map<String, String> kinds = new LinkedHashMap<>();
  final List<JsonObject> esealPoints = new ArrayList<>();
  final List<JsonObject> elicencePoints = new ArrayList<>();
  final List<JsonObject> demandPoints = new ArrayList<>();
  final List<JsonObject> indicatorPoints = new ArrayList<>();

  SeedSectionOneFixture() {
    eseals();
    elicences();
    demands();
    FIGURES.forEach((name, value) -> indicatorPoints.add(new JsonObject().put("date", "2018-07-19").put("name", name).put("value", value)));
  }

  /**
   * Each region's stamps spread evenly over its seals, except the city level's, whose stamping seals are 附件4's
   * second table and whose other 157 seals never stamped; the week's stamps fall on every region and seal in
   * proportion to its stamps.
   */
  private void eseals() {
    List<String[]> regions = SeedFamiliesFixture.lines(SeedSectionOneTables.ESEAL_REGIONS);
    long allStamps = Long.parseLong(regions.get(regions.size() - 1)[3]);
    long weeklyGiven = 0;
    for (int r = 0; r < regions.size() - 1; r++) {
      String[] row = regions.get(r);
      String region = row[1];
      kinds.put(region, region.equals(CITY) ? "city" : "district");
      int seals = Integer.parseInt(row[2]);
      long stamps = Long.parseLong(row[3]);
      long regionWeekly = r == regions.size() - 2 ? WEEKLY_STAMPS - weeklyGiven : WEEKLY_STAMPS * stamps / allStamps;
      weeklyGiven += regionWeekly;
      List<long[]> plan = new ArrayList<>();
      List<String> names = new ArrayList<>();
      if (region.equals(CITY)) {
        for (String[] seal : SeedFamiliesFixture.lines(SeedSectionOneTables.ESEAL_CITY_SEALS)) {
          if (!seal[0].equals("合计")) {
            names.add(seal[1]);
            plan.add(new long[] {Long.parseLong(seal[2]), 0});
          }
        }
        for (int i = names.size(); i < seals; i++) {
          names.add(String.format("市本级未用章%03d", i + 1));
          plan.add(new long[] {0, 0});
        }
      } else {
        for (int i = 0; i < seals; i++) {
          names.add(region + "印章" + (i + 1));
          plan.add(new long[] {stamps / seals + (i < stamps % seals ? 1 : 0), 0});
        }
      }
      long left = regionWeekly;
      for (long[] seal : plan) {
        seal[1] = regionWeekly * seal[0] / stamps;
        left -= seal[1];
      }
      // What rounding left goes one stamp at a time to the seals that stamped more than they were given.
      for (int i = 0; left > 0; i = (i + 1) % plan.size()) {
        if (plan.get(i)[1] < plan.get(i)[0]) {
          plan.get(i)[1]++;
          left--;
        }
      }
      for (int i = 0; i < plan.size(); i++) {
        long[] seal = plan.get(i);
        esealPoints.add(eseal(BEFORE, region, names.get(i), seal[0] - seal[1]));
        if (seal[1] > 0) {
          esealPoints.add(eseal(IN_WEEK, region, names.get(i), seal[1]));
        }
      }
      // Stamps after the bulletin day, which its tables must not count.
      esealPoints.add(eseal(NEXT_WEEK, region, names.get(0), 999));
    }
  }

  private static JsonObject eseal(String time, String region, String seal, long stamps) {
    return new JsonObject().put("time", time).put("region", region).put("seal", seal).put("stamps", stamps);
  }

  /** Each entry: what was stored before the week, the week's additions, and its uses; a status changed after the bulletin day. */
  private void elicences() {
    for (String[] row : SeedFamiliesFixture.lines(SeedSectionOneTables.ELICENCE)) {
      if (row[0].equals("合计")) {
        continue;
      }
      String unit = row[1];
      kinds.putIfAbsent(unit, "department");
      long stored = Long.parseLong(row[5]);
      long weekly = Long.parseLong(row[6]);
      long uses = Long.parseLong(row[7]);
      elicencePoints.add(licence(BEFORE, unit, row[2], row[3], row[4], stored - weekly, uses));
      elicencePoints.add(licence(IN_WEEK, unit, row[2], row[3], row[4], weekly, 0));
      elicencePoints.add(licence(NEXT_WEEK, unit, row[2], row[3], "已停用", 5, 5));
    }
  }

  private static JsonObject licence(String time, String unit, String code, String name, String status, long added, long uses) {
    return new JsonObject().put("time", time).put("unit", unit).put("code", code).put("name", name).put("status", status)
        .put("added", added).put("uses", uses);
  }

  /**
   * Three units report each bulletin day's demands, the third a day early (its latest on or before the day counts);
   * the seed prints only the sums.
   */
  private void demands() {
    List<String> units = List.of("市公安局", "市市场监管局", "江干区");
    units.forEach(u -> kinds.putIfAbsent(u, u.endsWith("区") ? "district" : "department"));
    for (String[] row : SeedFamiliesFixture.lines(SeedSectionOneTables.SHARING_DEMANDS)) {
      String[] monthDay = row[0].replace("日", "").split("月");
      java.time.LocalDate day = java.time.LocalDate.of(2018, Integer.parseInt(monthDay[0]), Integer.parseInt(monthDay[1]));
      long[] totals = {Long.parseLong(row[1]), Long.parseLong(row[2]), Long.parseLong(row[3])};
      long[][] split = new long[3][3];
      for (int k = 0; k < 3; k++) {
        split[0][k] = totals[k] / 2;
        split[1][k] = totals[k] / 3;
        split[2][k] = totals[k] - split[0][k] - split[1][k];
      }
      for (int u = 0; u < 3; u++) {
        demandPoints.add(new JsonObject().put("date", (u == 2 ? day.minusDays(1) : day).toString()).put("unit", units.get(u))
            .put("push", split[u][0]).put("interface", split[u][1]).put("pagequery", split[u][2]));
      }
    }
    // A unit's figures the day after the bulletin day, which its table must not count.
    demandPoints.add(new JsonObject().put("date", "2018-07-21").put("unit", "市公安局").put("push", 1).put("interface", 1).put("pagequery", 1));
  }

  JsonObject catalog() {
    JsonArray units = new JsonArray();
    kinds.forEach((name, kind) -> units.add(new JsonObject().put("name", name).put("kind", kind)));
    return new JsonObject().put("units", units);
  }
}
