package com.citydata.bulletin.families.brainneeds;

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The city-brain application needs (附件12): a week's list of units with their planned applications and needs. */
public final class BrainNeedsFamily extends RecordListFamily {
  static final String TABLE = "brain-needs";
  private static final Set<String> FIELDS = Set.of("unit", "applications", "needs");

  public BrainNeedsFamily() {
    super("brain-needs");
  }

  /** Either text may be empty: a unit may have needs without planned applications, or the reverse. */
  @Override
  protected Optional<JsonObject> item(PointReader item, IngestContext context) {
    item.rejectUnknownFields(FIELDS);
    Optional<Unit> unit = item.unit("unit", context);
    Optional<String> applications = item.optionalText("applications");
    Optional<String> needs = item.optionalText("needs");
    if (unit.isEmpty() || applications.isEmpty() || needs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new JsonObject().put("unit", unit.get().name()).put("applications", applications.get()).put("needs", needs.get()));
  }

  @Override
  public String title() {
    return "城市数据大脑需求应用";
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of(RankingTable.of(TABLE, "BrainNeedsTable", BrainNeedsFamily::table));
  }

  @Override
  public BulletinPart bulletin() {
    return new BrainNeedsBulletin();
  }

  /** The latest list on or before the bulletin day, in the order given. */
  private static Future<JsonObject> table(RankingRequest request) {
    return request.records().latestDay(TABLE, request.window().bulletinDay()).map(records -> {
      JsonArray rows = new JsonArray();
      records.stream().map(StoredRecord::value).sorted(Comparator.comparingInt(i -> i.getInteger("position")))
          .forEach(i -> rows.add(new JsonObject().put("unit", i.getString("unit")).put("applications", i.getString("applications"))
              .put("needs", i.getString("needs"))));
      return RankedRows.table(TABLE, request.window(), rows, new JsonObject().put("units", rows.size()));
    });
  }
}
