package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.gateway.ServedContract;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who has reported and who is silent, for random weeks of random units over every family whose points name a unit,
 * against a computation of its own from what was posted: a unit is expected when it posted in any of the four windows
 * before, reported when it posted in the window, silent when expected and not reported, each with its last figure's
 * time up to the window's end; and the week's reminder to a loopback DingTalk robot names exactly the silent.
 */
class ReportingRandomWeeksTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** Six bulletin Fridays; the last two are checked, the four before make units expected. */
  private static final LocalDate FIRST_FRIDAY = LocalDate.of(2018, 6, 22);
  private static final int WEEKS = 6;
  private static final List<String> DEPARTMENTS = List.of("市公安局", "市民政局", "市卫健委", "市教育局", "市交通局");
  private static final List<String> DISTRICTS = List.of("上城区", "拱墅区", "西湖区", "滨江区");
  private static final Random RANDOM = new Random(23);
  private static RunningPlatform running;
  private static String collector;
  private static Receiver robot;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    List<JsonObject> units = new ArrayList<>();
    DEPARTMENTS.forEach(u -> units.add(new JsonObject().put("name", u).put("kind", "department")));
    DISTRICTS.forEach(u -> units.add(new JsonObject().put("name", u).put("kind", "district")));
    running.putUnits(units.toArray(JsonObject[]::new));
    collector = running.api.collector(RunningPlatform.ADMIN, "random", FamilyRegistry.installed().seriesFamilies().toArray(String[]::new));
    robot = new Receiver(0);
    Api.Response subscribed = running.api.post("/api/v1/subscriptions", RunningPlatform.ADMIN, new JsonObject().put("name", "催报群")
        .put("kind", "dingtalk").put("url", robot.url("/robot/send?access_token=r")).put("secret", "SECrandom")
        .put("events", new JsonArray().add("reminder")));
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    robot.close();
    running.close();
  }

  @Test
  void theReportingStatusIsWhatThePostsSayAndTheReminderNamesTheSilent() throws Exception {
    JsonObject document = ServedContract.installed().json();
    // Per family, per unit, the instants of what it posted.
    Map<String, Map<String, List<Instant>>> posted = new TreeMap<>();
    for (SeriesFamily family : reporterFamilies()) {
      PointField reporter = family.point().fields().stream().filter(PointField::reporter).findFirst().orElseThrow();
      PointField time = family.point().fields().stream().filter(f -> f.role() == PointField.Role.TIME || f.role() == PointField.Role.DATE)
          .findFirst().orElseThrow();
      JsonObject example = document.getJsonObject("paths").getJsonObject("/api/v1/ingest/" + family.name()).getJsonObject("post")
          .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json").getJsonObject("example")
          .getJsonArray("points").getJsonObject(0);
      // Regions and integrating units are districts (the example names 市本级 or a district); others departments.
      String named = example.getString(reporter.name());
      List<String> pool = named.endsWith("区") || named.endsWith("县") || named.endsWith("本级") ? DISTRICTS : DEPARTMENTS;
      JsonArray points = new JsonArray();
      Map<String, List<Instant>> byUnit = new TreeMap<>();
      for (String unit : pool) {
        for (int week = 0; week < WEEKS; week++) {
          if (RANDOM.nextInt(100) >= 55) {
            continue;
          }
          LocalDate day = FIRST_FRIDAY.plusWeeks(week).minusDays(RANDOM.nextInt(7));
          ZonedDateTime at = time.role() == PointField.Role.DATE ? day.atStartOfDay(ZONE) : day.atTime(8 + RANDOM.nextInt(10), RANDOM.nextInt(60)).atZone(ZONE);
          JsonObject point = example.copy().put(reporter.name(), unit);
          point.put(time.name(), time.role() == PointField.Role.DATE ? day.toString() : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
          points.add(point);
          byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(at.toInstant());
        }
      }
      Api.Response stored = running.api.post("/api/v1/ingest/" + family.name(), collector, new JsonObject().put("points", points));
      assertThat(stored.status()).as(family.name() + ": " + stored.body()).isEqualTo(200);
      posted.put(family.name(), byUnit);
    }
    for (int week = WEEKS - 2; week < WEEKS; week++) {
      LocalDate friday = FIRST_FRIDAY.plusWeeks(week);
      Api.Response status = running.api.get("/api/v1/reporting?date=" + friday, RunningPlatform.ADMIN);
      assertThat(status.status()).as(status.body()).isEqualTo(200);
      Instant start = friday.minusDays(6).atStartOfDay(ZONE).toInstant();
      Instant end = friday.plusDays(1).atStartOfDay(ZONE).toInstant();
      Instant expectedFrom = start.minus(java.time.Duration.ofDays(28));
      for (Object item : status.json().getJsonArray("families")) {
        JsonObject family = (JsonObject) item;
        Map<String, List<Instant>> byUnit = posted.get(family.getString("family"));
        if (byUnit == null) {
          continue;
        }
        Map<String, String> reported = new TreeMap<>();
        Map<String, String> silent = new TreeMap<>();
        byUnit.forEach((unit, times) -> {
          Instant last = times.stream().filter(t -> t.isBefore(end)).max(Instant::compareTo).orElse(null);
          boolean within = times.stream().anyMatch(t -> !t.isBefore(start) && t.isBefore(end));
          boolean before = times.stream().anyMatch(t -> !t.isBefore(expectedFrom) && t.isBefore(start));
          if (within) {
            reported.put(unit, last.toString());
          } else if (before) {
            silent.put(unit, last.toString());
          }
        });
        assertThat(units(family.getJsonArray("reported"))).as(family.getString("family") + " reported on " + friday).isEqualTo(reported);
        assertThat(units(family.getJsonArray("silent"))).as(family.getString("family") + " silent on " + friday).isEqualTo(silent);
      }
    }
    assertThat(posted).as("families whose points name a unit").hasSizeGreaterThanOrEqualTo(5);

    // The last week's reminder names exactly the silent units, per family, once.
    LocalDate last = FIRST_FRIDAY.plusWeeks(WEEKS - 1);
    JsonObject status = running.api.get("/api/v1/reporting?date=" + last, RunningPlatform.ADMIN).json();
    Api.Response reminded = running.api.post("/api/v1/reminders/" + last, RunningPlatform.ADMIN, "application/json", "");
    assertThat(reminded.status()).as(reminded.body()).isEqualTo(200);
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (robot.received().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(robot.received()).hasSize(1);
    String text = robot.received().get(0).json().getJsonObject("markdown").getString("text");
    for (Object item : status.getJsonArray("families")) {
      JsonObject family = (JsonObject) item;
      List<String> silent = family.getJsonArray("silent").stream().map(u -> ((JsonObject) u).getString("unit")).toList();
      if (!silent.isEmpty()) {
        assertThat(text).as(family.getString("family")).contains("**" + family.getString("title") + "**：" + String.join("、", silent));
      } else {
        assertThat(text).as(family.getString("family")).doesNotContain("**" + family.getString("title") + "**");
      }
    }
  }

  private static Map<String, String> units(JsonArray reporters) {
    Map<String, String> units = new TreeMap<>();
    reporters.stream().map(JsonObject.class::cast).forEach(r -> units.put(r.getString("unit"), Instant.parse(r.getString("last")).toString()));
    return units;
  }

  private static List<SeriesFamily> reporterFamilies() {
    return FamilyRegistry.installed().families().stream().filter(SeriesFamily.class::isInstance).map(SeriesFamily.class::cast)
        .filter(f -> f.point().fields().stream().anyMatch(PointField::reporter)).toList();
  }
}
