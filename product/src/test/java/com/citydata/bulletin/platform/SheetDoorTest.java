package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.gateway.ServedContract;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import com.citydata.bulletin.testkit.Units;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheet door of every time-series family, as a clerk uses it: the template downloads; filled in with the
 * family's example figures (times as Excel dates) it is stored, and the same figures posted as JSON afterwards change
 * no ranking, since a point re-posted with its time and tags replaces itself; a sheet with one bad cell is refused
 * whole, that cell named, nothing stored; and the same figures as CSV, and as the .xlsx LibreOffice makes of that CSV,
 * are read alike.
 */
class SheetDoorTest {
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static RunningPlatform running;
  private static String collector;
  private static JsonObject document;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    document = ServedContract.installed().json();
    JsonArray examples = new JsonArray();
    FamilyRegistry.installed().seriesFamilies().forEach(family -> examples.add(example(family)));
    running.putUnits(Units.inExample(examples).toArray(JsonObject[]::new));
    collector = running.api.collector(RunningPlatform.ADMIN, "clerks", FamilyRegistry.installed().seriesFamilies().toArray(String[]::new));
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void everyTimeSeriesFamilyTakesItsFilledTemplateAsItTakesJson() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "sheets");
    Map<String, Path> csvs = new LinkedHashMap<>();
    Map<String, String> rankingsAfterTheSheet = new LinkedHashMap<>();
    ZoneId zone = running.platform.config().timezone();
    for (String name : FamilyRegistry.installed().seriesFamilies()) {
      SeriesFamily family = family(name);
      JsonArray points = example(name);
      byte[] template = running.api.bytes("/api/v1/ingest/" + name + "/template.xlsx", collector);
      String csvTemplate = new String(running.api.bytes("/api/v1/ingest/" + name + "/template.csv", collector), StandardCharsets.UTF_8);
      assertThat(csvTemplate).as(name).contains(String.join(",", family.point().names()));

      Api.Response stored = upload(name, filled(template, family, points, zone, null), XLSX);
      assertThat(stored.status()).as(name + ": " + stored.body()).isEqualTo(200);
      assertThat(stored.json().getInteger("accepted")).as(name).isEqualTo(points.size());
      String rankings = rankings(family, points, zone);
      rankingsAfterTheSheet.put(name, rankings);

      Api.Response json = running.api.post("/api/v1/ingest/" + name, collector, new JsonObject().put("points", points));
      assertThat(json.status()).as(name + ": " + json.body()).isEqualTo(200);
      assertThat(rankings(family, points, zone)).as(name + ": the JSON of the same figures changes nothing").isEqualTo(rankings);

      PointField counted = family.point().fields().stream().filter(f -> f.role() == PointField.Role.COUNTER || f.role() == PointField.Role.GAUGE)
          .findFirst().orElseThrow();
      Api.Response refused = upload(name, filled(template, family, points, zone, counted.name()), XLSX);
      assertThat(refused.status()).as(name + ": " + refused.body()).isEqualTo(400);
      JsonObject cell = refused.json().getJsonArray("details").getJsonObject(0);
      assertThat(cell.getInteger("row")).as(name).isEqualTo(3);
      assertThat(cell.getString("column")).as(name).isEqualTo(counted.name());
      assertThat(rankings(family, points, zone)).as(name + ": nothing of the refused sheet is stored").isEqualTo(rankings);

      Path csv = dir.resolve(name + ".csv");
      Files.write(csv, csv(family, points));
      csvs.put(name, csv);
      Api.Response fromCsv = upload(name, Files.readAllBytes(csv), "text/csv; charset=utf-8");
      assertThat(fromCsv.status()).as(name + ": " + fromCsv.body()).isEqualTo(200);
      assertThat(rankings(family, points, zone)).as(name + " as CSV").isEqualTo(rankings);
    }

    // LibreOffice, as an office without Excel saves a workbook: its own profile, loopback only, nothing remembered.
    List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + dir.toAbsolutePath().resolve("profile"),
        "--headless", "--norestore", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir.toAbsolutePath().toString()));
    csvs.values().forEach(p -> command.add(p.toAbsolutePath().toString()));
    Process soffice = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice converts within two minutes").isTrue();
    for (Map.Entry<String, Path> csv : csvs.entrySet()) {
      Path xlsx = dir.resolve(csv.getKey() + ".xlsx");
      assertThat(xlsx).as(Files.readString(dir.resolve("soffice.log"))).exists();
      SeriesFamily family = family(csv.getKey());
      Api.Response fromLibreOffice = upload(csv.getKey(), Files.readAllBytes(xlsx), XLSX);
      assertThat(fromLibreOffice.status()).as(csv.getKey() + ": " + fromLibreOffice.body()).isEqualTo(200);
      assertThat(rankings(family, example(csv.getKey()), zone)).as(csv.getKey() + " from LibreOffice")
          .isEqualTo(rankingsAfterTheSheet.get(csv.getKey()));
    }
  }

  @Test
  void aTemplateIsForWhoMayPostItsFamily() {
    String other = running.api.collector(RunningPlatform.ADMIN, "one-family", FamilyRegistry.installed().seriesFamilies().get(0));
    String second = FamilyRegistry.installed().seriesFamilies().get(1);
    assertThat(running.api.get("/api/v1/ingest/" + second + "/template.xlsx", other).status()).isEqualTo(403);
    assertThat(running.api.get("/api/v1/ingest/" + second + "/template.xlsx", null).status()).isEqualTo(401);
    assertThat(running.api.get("/api/v1/ingest/" + second + "/template.xlsx", RunningPlatform.ADMIN).status()).isEqualTo(200);
    assertThat(running.api.get("/api/v1/ingest/not-a-family/template.xlsx", RunningPlatform.ADMIN).status()).isEqualTo(400);
  }

  @Test
  void aZipBombAnEntityAndTooManyRowsAreRefusedAndStoreNothing() throws Exception {
    String name = "exchange";
    SeriesFamily family = family(name);
    ZoneId zone = running.platform.config().timezone();
    JsonArray points = example(name);
    String before = rankings(family, points, zone);
    byte[] template = running.api.bytes("/api/v1/ingest/" + name + "/template.xlsx", collector);
    byte[] bomb = rewrite(template, "xl/worksheets/sheet1.xml", zip -> {
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 512; i++) {
        zip.write(block);
      }
    });
    byte[] entity = rewrite(template, "xl/workbook.xml", zip -> zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
        + "\"file:///etc/passwd\">]><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">&e;</workbook>")
        .getBytes(StandardCharsets.UTF_8)));
    StringBuilder many = new StringBuilder(String.join(",", family.point().names())).append('\n');
    JsonObject point = points.getJsonObject(0);
    for (int i = 0; i < 6_000; i++) {
      many.append(String.join(",", family.point().names().stream().map(f -> String.valueOf(point.getValue(f))).toList())).append('\n');
    }
    for (Map.Entry<String, byte[]> hostile : Map.of("zip bomb", bomb, "external entity", entity).entrySet()) {
      Api.Response refused = upload(name, hostile.getValue(), XLSX);
      assertThat(refused.status()).as(hostile.getKey() + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).as(hostile.getKey()).contains("not an .xlsx workbook").doesNotContain("root:");
    }
    Api.Response tooMany = upload(name, many.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(400);
    assertThat(tooMany.body()).contains("at most 5000 rows");
    assertThat(rankings(family, points, zone)).as("nothing of them stored").isEqualTo(before);
  }

  interface Body {
    void write(java.util.zip.ZipOutputStream zip) throws Exception;
  }

  /** A workbook with one part swapped for what {@code body} writes. */
  private static byte[] rewrite(byte[] xlsx, String entry, Body body) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
         java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        if (e.getName().equals(entry)) {
          body.write(zip);
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The template with the example's points from row 3; times as Excel dates; {@code broken}, if named, is text in row 3. */
  private static byte[] filled(byte[] template, SeriesFamily family, JsonArray points, ZoneId zone, String broken) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.getSheet("填报");
      for (int i = 0; i < points.size(); i++) {
        JsonObject point = points.getJsonObject(i);
        Row row = sheet.createRow(i + 2);
        for (int c = 0; c < family.point().fields().size(); c++) {
          PointField field = family.point().fields().get(c);
          Object value = point.getValue(field.name());
          if (value == null) {
            continue;
          }
          if (i == 0 && field.name().equals(broken)) {
            row.createCell(c).setCellValue("十二");
          } else if (field.role() == PointField.Role.TIME) {
            row.createCell(c).setCellValue(OffsetDateTime.parse((String) value).atZoneSameInstant(zone).toLocalDateTime());
            row.getCell(c).setCellStyle(sheet.getColumnStyle(c));
          } else if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else {
            row.createCell(c).setCellValue(String.valueOf(value));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** The example as a CSV with the JSON names for its header. */
  private static byte[] csv(SeriesFamily family, JsonArray points) throws Exception {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
      printer.printRecord(family.point().names());
      for (Object point : points) {
        List<String> row = new ArrayList<>();
        family.point().fields().forEach(f -> row.add(((JsonObject) point).getValue(f.name()) == null ? ""
            : String.valueOf(((JsonObject) point).getValue(f.name()))));
        printer.printRecord(row);
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Api.Response upload(String family, byte[] sheet, String type) {
    return running.api.raw("POST", "/api/v1/ingest/" + family, "Bearer " + collector, type, sheet);
  }

  /** Every table of the family for the week of the example's first point, as one text. */
  private static String rankings(Family family, JsonArray points, ZoneId zone) {
    JsonObject first = points.getJsonObject(0);
    LocalDate day = first.containsKey("date") ? LocalDate.parse(first.getString("date"))
        : OffsetDateTime.parse(first.getString("time")).atZoneSameInstant(zone).toLocalDate();
    LocalDate bulletinDay = day.with(TemporalAdjusters.nextOrSame(running.platform.config().bulletinWeekday()));
    StringBuilder all = new StringBuilder();
    for (RankingTable table : family.rankings()) {
      Api.Response ranking = running.api.get("/api/v1/rankings/" + table.id() + "?week=" + bulletinDay, collector);
      assertThat(ranking.status()).as(table.id() + ": " + ranking.body()).isEqualTo(200);
      all.append(ranking.body()).append('\n');
    }
    return all.toString();
  }

  private static SeriesFamily family(String name) {
    return FamilyRegistry.installed().families().stream().filter(f -> f.name().equals(name)).map(SeriesFamily.class::cast).findFirst()
        .orElseThrow();
  }

  /** The points of the example in the family's contract. */
  private static JsonArray example(String family) {
    return document.getJsonObject("paths").getJsonObject("/api/v1/ingest/" + family).getJsonObject("post").getJsonObject("requestBody")
        .getJsonObject("content").getJsonObject("application/json").getJsonObject("example").getJsonArray("points");
  }
}
