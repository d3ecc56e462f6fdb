package com.citydata.bulletin.families.matters;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.family.Batch;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.Query;
import com.citydata.bulletin.family.QueryContext;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ranking.RankingWindows;
import com.citydata.bulletin.records.RecordStore;
import com.citydata.bulletin.records.StoredRecord;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.series.SeriesSchema;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The matters register (权力事项库, section 四): the office's spreadsheet imported as a snapshot for a day, replacing
 * that day's; the summary and the lists of 附件13–16 come from the latest snapshot on or before the bulletin day.
 */
public final class MattersFamily implements Family {
  static final String NAME = "matters";
  static final String SUMMARY = "matters-summary";
  static final String RECTIFYING = "matters-rectifying";
  static final String ELSEWHERE = "matters-elsewhere";
  static final String NO_ADDRESS = "matters-no-address";
  static final String NO_UNIFIED_AUTH = "matters-no-unified-auth";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SeriesSchema> series() {
    return Optional.empty();
  }

  @Override
  public Batch parse(JsonArray points, IngestContext context) {
    throw new InvalidRequestException("the register is imported as a file", List.of(new FieldError(null, "file",
        "send the .xlsx or .csv export to POST /api/v1/matters/import?date=")));
  }

  /** Row numbers keep the register's order: a record's key is its place, zero-padded. */
  @Override
  public Batch parseFile(byte[] file, String mediaType, IngestContext context) {
    LocalDate day = context.day().orElseThrow(() -> new InvalidRequestException("the snapshot's day is missing",
        List.of(new FieldError(null, "date", "is required: POST /api/v1/matters/import?date=YYYY-MM-DD"))));
    List<Matter> matters = Register.read(file, mediaType);
    List<StoredRecord> records = new ArrayList<>();
    for (int i = 0; i < matters.size(); i++) {
      records.add(new StoredRecord(NAME, day, String.format("%06d", i + 1), matters.get(i).toJson()));
    }
    return new Batch.Records(records, List.of(day));
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of(
        table(SUMMARY, "MattersSummaryTable", (matters, request) -> MattersLists.summary(matters), "matters"),
        list(RECTIFYING, Matter::rectifying),
        list(ELSEWHERE, Matter::doneElsewhere),
        list(NO_ADDRESS, Matter::noAddress),
        list(NO_UNIFIED_AUTH, Matter::noUnifiedAuth));
  }

  @Override
  public List<Query> queries() {
    return List.of(new Query() {
      @Override
      public String operationId() {
        return "getMattersSummary";
      }

      @Override
      public Future<JsonObject> answer(JsonObject parameters, QueryContext context) {
        String week = parameters.getString("week");
        LocalDate day = week == null ? context.calendar().lastCompleteWindow(java.time.Instant.now()).bulletinDay() : LocalDate.parse(week);
        return snapshot(context.records(), day).map(snapshot -> {
          JsonObject answer = MattersLists.summary(snapshot.matters()).put("week", day.toString())
              .put("snapshot", snapshot.day().map(LocalDate::toString).orElse(null));
          MattersLists.lists().forEach((name, member) -> answer.put(name, MattersLists.list(snapshot.matters(), member)));
          return answer;
        });
      }
    });
  }

  @Override
  public BulletinPart bulletin() {
    return new MattersBulletin();
  }

  /** A snapshot's matters in register order, and the day it was imported for. */
  record Snapshot(Optional<LocalDate> day, List<Matter> matters) {
  }

  static Future<Snapshot> snapshot(RecordStore records, LocalDate onOrBefore) {
    return records.latestDay(NAME, onOrBefore).map(found -> new Snapshot(found.stream().findFirst().map(StoredRecord::day),
        found.stream().map(r -> Matter.fromJson(r.value())).toList()));
  }

  private interface Compute {
    JsonObject of(List<Matter> matters, RankingRequest request);
  }

  /**
   * A table of the latest snapshot: its content, and as its total the content's figures without the lists;
   * {@code dataField} is the figure of its total that says whether it has data.
   */
  private static RankingTable table(String id, String schema, Compute compute, String dataField) {
    return RankingTable.of(id, schema, request -> snapshot(request.records(), request.window().bulletinDay()).map(snapshot -> {
      JsonObject content = compute.of(snapshot.matters(), request);
      JsonObject total = content.copy();
      total.remove("items");
      total.remove("by_unit");
      return new JsonObject().put("table", id).put("window", RankingWindows.toJson(request.window()))
          .put("snapshot", snapshot.day().map(LocalDate::toString).orElse(null)).mergeIn(content)
          .put("total", content.containsKey("by_unit") ? total.put("units", content.getJsonArray("by_unit").size()) : total);
    }), table -> table.getJsonObject("total").getLong(dataField, 0L) > 0);
  }

  private static RankingTable list(String id, Predicate<Matter> member) {
    return table(id, "MattersListTable", (matters, request) -> MattersLists.list(matters, member), "count");
  }

  @Override
  public String title() {
    return "权力事项库";
  }
}
