package com.citydata.bulletin.bench;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A year of collector traffic for the benchmark's 500 units in every time-series family, in the shapes the seed
 * fixtures post: counts as increments since the previous report, gauges as they stand, date families as that day's
 * figures. Each unit has a size drawn once, so a few large units lead every ranking as in the seed; each day's
 * figures vary around it. Deterministic: a family's points on a day depend only on the seed, the family and the day.
 */
final class YearOfData {
  private static final long SEED = 20180720L;
  /** Module names a unit's page queries spread over; the seed's city had 104. */
  private static final int MODULES = 104;
  private static final int SEALS_PER_REGION = 10;
  private static final List<String> JOINT_PROCESSES = List.of("商事登记“证照联办”", "不动产登记联办系统");

  /** The time-series families, by the name their ingest path and collectors use. */
  enum Family {
    EXCHANGE("exchange"), INTERFACE("interface"), PAGEQUERY("pagequery"), ESEAL("eseal"), ELICENCE("elicence"),
    DINGTALK("dingtalk"), DEMANDS("demands"), ONEWINDOW("onewindow"), JOINT_PROCESS("joint-process"),
    SYSTEM_INTEGRATION("system-integration"), MATTER_INTEGRATION("matter-integration");

    final String path;

    Family(String path) {
      this.path = path;
    }
  }

  private final Catalog catalog;
  private final LocalDate first;
  /** Each unit's size, 0.2 to about 5: a skewed spread, so rankings have clear leaders and a long tail. */
  private final double[] size;

  YearOfData(Catalog catalog, LocalDate first) {
    this.catalog = catalog;
    this.first = first;
    Random random = new Random(SEED);
    size = new double[catalog.units.size()];
    for (int u = 0; u < size.length; u++) {
      size[u] = 0.2 + Math.exp(random.nextGaussian() * 0.8);
    }
  }

  /**
   * A family's points of one day, as a collector reporting every {@code every} days sends them: increments cover
   * the days since its previous report, gauges are the day's.
   */
  List<JsonObject> points(Family family, LocalDate day, int every) {
    Day d = new Day(day, every, new Random(SEED ^ (family.ordinal() * 1_000_003L) ^ (day.toEpochDay() * 7_919L)));
    List<JsonObject> points = new ArrayList<>();
    switch (family) {
      case EXCHANGE -> catalog.units.forEach(u -> exchange(d, u, points));
      case INTERFACE -> ranked().forEach(u -> points.add(d.timed().put("unit", u.name()).put("system", u.name() + "业务系统")
          .put("calls", d.increment(3_000 * size[u.index()]))));
      case PAGEQUERY -> ranked().forEach(u -> pageQueries(d, u, points));
      case ESEAL -> catalog.regions().forEach(r -> stamps(d, r, points));
      case ELICENCE -> departments().forEach(u -> points.add(d.timed().put("unit", u.name())
          .put("code", String.format("E%04d", u.index())).put("name", String.format("证照%03d", u.index())).put("status", "已归集")
          .put("added", d.increment(50 * size[u.index()])).put("uses", d.increment(5 * size[u.index()]))));
      case DINGTALK -> ranked().forEach(u -> points.add(dingtalk(d, u)));
      case DEMANDS -> departments().forEach(u -> points.add(d.dated().put("unit", u.name())
          .put("push", d.random.nextInt(20)).put("interface", d.random.nextInt(15)).put("pagequery", d.random.nextInt(25))));
      case ONEWINDOW -> catalog.regions().forEach(r -> points.add(oneWindow(d, r)));
      case JOINT_PROCESS -> JOINT_PROCESSES.forEach(p -> {
        long applied = d.increment(50);
        points.add(d.timed().put("process", p).put("applied", applied).put("accepted", applied * 9 / 10).put("completed", applied * 4 / 5));
      });
      case SYSTEM_INTEGRATION -> catalog.regions().forEach(r -> {
        long planned = 20 + r.index();
        points.add(d.dated().put("unit", r.name()).put("planned", planned).put("connected", d.growing(planned)));
      });
      // Matters connect through departments, districts, companies and special sources, never the city level.
      case MATTER_INTEGRATION -> catalog.units.stream().filter(u -> !u.kind().equals("city")).forEach(u -> {
        long planned = 20 + Math.round(150 * size[u.index()]);
        points.add(d.dated().put("unit", u.name()).put("planned", planned).put("connected", d.growing(planned))
            .put("extra", u.index() % 10 == 0 ? 3 : 0));
      });
    }
    return points;
  }

  /** Every unit, the special ones included, collects and pushes; pushes are fewer. Its tables grow by one a month. */
  private void exchange(Day d, Catalog.Unit u, List<JsonObject> points) {
    long tables = 10 + Math.round(60 * size[u.index()]) + d.age / 30;
    for (String direction : List.of("collect", "push")) {
      double share = direction.equals("collect") ? 1.0 : 0.4;
      points.add(d.timed().put("direction", direction).put("unit", u.name()).put("tables", tables).put("fields", tables * 12)
          .put("records", d.increment(20_000 * share * size[u.index()])));
    }
  }

  /** Two modules a unit, named from a shared list so units share modules as the seed's do. */
  private void pageQueries(Day d, Catalog.Unit u, List<JsonObject> points) {
    for (int m = 0; m < 2; m++) {
      points.add(d.timed().put("unit", u.name()).put("module", String.format("查询模块%03d", 1 + (u.index() * 7 + m) % MODULES))
          .put("visits", d.increment(30 * size[u.index()])));
    }
  }

  private void stamps(Day d, Catalog.Unit region, List<JsonObject> points) {
    for (int s = 1; s <= SEALS_PER_REGION; s++) {
      points.add(d.timed().put("region", region.name()).put("seal", String.format("%s印章%02d", region.name(), s))
          .put("stamps", d.increment(40 * size[region.index()])));
    }
  }

  /** Users as they stand that day; the contract wants activated, active and weekly_active at most what precedes them. */
  private JsonObject dingtalk(Day d, Catalog.Unit u) {
    long registered = Math.round(500 * size[u.index()]) + d.age;
    long activated = registered * 9 / 10;
    return d.dated().put("unit", u.name()).put("registered", registered).put("activated", activated)
        .put("active", Math.min(activated, d.around(activated * 0.4))).put("weekly_active", activated * 7 / 10);
  }

  /** A region's cases since its last report; online, accepted and completed ones at most all of them. */
  private JsonObject oneWindow(Day d, Catalog.Unit region) {
    long cases = d.increment(100 * size[region.index()]);
    return d.timed().put("region", region.name()).put("matters", 300 + Math.round(60 * size[region.index()]))
        .put("offices", 1 + region.index() % 5).put("cases", cases).put("online_cases", cases * 9 / 10)
        .put("accepted", cases * 19 / 20).put("completed", cases * 4 / 5);
  }

  /** The units a ranked family counts: all but the special ones. */
  private List<Catalog.Unit> ranked() {
    return catalog.units.stream().filter(u -> !u.kind().equals("special")).toList();
  }

  private List<Catalog.Unit> departments() {
    return catalog.units.stream().filter(u -> u.kind().equals("department")).toList();
  }

  /** One report day: its stamps, how many days it covers, and the randomness that varies its figures. */
  private final class Day {
    final LocalDate date;
    final int every;
    final Random random;
    /** Days since the data's first day, for gauges that grow over the year. */
    final long age;

    Day(LocalDate date, int every, Random random) {
      this.date = date;
      this.every = every;
      this.random = random;
      this.age = ChronoUnit.DAYS.between(first, date);
    }

    JsonObject timed() {
      return new JsonObject().put("time", date + "T10:00:00+08:00");
    }

    JsonObject dated() {
      return new JsonObject().put("date", date.toString());
    }

    /** A mean, give or take 30 %. */
    long around(double mean) {
      return Math.round(mean * (0.7 + 0.6 * random.nextDouble()));
    }

    /** A daily mean over the days the report covers. */
    long increment(double dailyMean) {
      return around(dailyMean * every);
    }

    /** A share of the plan that rises over the year from about a third to all of it. */
    long growing(long planned) {
      return Math.min(planned, planned / 3 + planned * 2 * age / 3 / 365);
    }
  }
}
