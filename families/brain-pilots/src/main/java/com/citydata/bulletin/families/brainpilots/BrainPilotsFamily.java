package com.citydata.bulletin.families.brainpilots;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.RecordListFamily;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ranking.RankedRows;
import com.citydata.bulletin.records.StoredRecord;
import com.citydata.bulletin.report.BulletinPart;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The city-brain pilot units' progress (附件11): a week's list of units, progress 0–100 and a summary. */
public final class BrainPilotsFamily extends RecordListFamily {
  static final String TABLE = "brain-pilots";
  private static final Set<String> FIELDS = Set.of("unit", "progress", "summary");

  public BrainPilotsFamily() {
    super("brain-pilots");
  }

  @Override
  protected Optional<JsonObject> item(PointReader item, IngestContext context) {
    item.rejectUnknownFields(FIELDS);
    Optional<Unit> unit = item.unit("unit", context);
    Optional<Long> progress = item.count("progress");
    Optional<String> summary = item.text("summary");
    if (progress.isPresent() && progress.get() > 100) {
      item.error("progress", "must be a percent from 0 to 100, got " + progress.get());
      return Optional.empty();
    }
    if (unit.isEmpty() || progress.isEmpty() || summary.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new JsonObject().put("unit", unit.get().name()).put("progress", progress.get()).put("summary", summary.get()));
  }

  @Override
  public String title() {
    return "城市数据大脑试点单位";
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of(RankingTable.of(TABLE, "BrainPilotsTable", BrainPilotsFamily::table));
  }

  @Override
  public BulletinPart bulletin() {
    return new BrainPilotsBulletin();
  }

  /** The latest list on or before the bulletin day, by progress (ties: catalogue order). */
  private static Future<JsonObject> table(RankingRequest request) {
    return request.records().latestDay(TABLE, request.window().bulletinDay()).map(records -> {
      List<JsonObject> items = new ArrayList<>(records.stream().map(StoredRecord::value).toList());
      items.sort(Comparator.comparingLong((JsonObject i) -> -i.getLong("progress"))
          .thenComparingInt(i -> request.catalog().positionOf(i.getString("unit"))).thenComparing(i -> i.getString("unit")));
      JsonArray rows = new JsonArray();
      items.forEach(i -> rows.add(new JsonObject().put("rank", rows.size() + 1).put("unit", i.getString("unit"))
          .put("progress", i.getLong("progress")).put("summary", i.getString("summary"))));
      JsonObject total = new JsonObject().put("units", rows.size());
      records.stream().findFirst().ifPresent(r -> total.put("date", r.day().toString()));
      return RankedRows.table(TABLE, request.window(), rows, total);
    });
  }
}
