package com.citydata.bulletin.families.elicence;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.WindowQuery;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-licences (电子证照): per unit and licence catalogue entry, records put in store and uses since the last report,
 * with the entry's name and work status; 附件5.
 */
public final class ElicenceFamily extends SeriesFamily {
  static final String TABLE = "elicence-catalogue";
  /** Catalogue entries are numbered like CGW330401. */
  private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_-]{1,40}$");
  /** A work status is a word or two (已归集), printed in a narrow column. */
  private static final int STATUS_LENGTH = 50;

  public ElicenceFamily() {
    super("elicence", ElicenceSeries.POINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(ElicenceSeries.POINT);
    Optional<Instant> time = point.time(ElicenceSeries.TIME, context.now());
    Optional<Unit> unit = point.unit(ElicenceSeries.UNIT, context);
    Optional<String> code = point.name(ElicenceSeries.CODE.name(), CODE);
    Optional<String> name = point.name(ElicenceSeries.NAME);
    Optional<String> status = point.label(ElicenceSeries.STATUS.name(), STATUS_LENGTH);
    Optional<Long> added = point.count(ElicenceSeries.ADDED);
    Optional<Long> uses = point.count(ElicenceSeries.USES);
    if (time.isEmpty() || unit.isEmpty() || code.isEmpty() || name.isEmpty() || status.isEmpty() || added.isEmpty() || uses.isEmpty()) {
      return;
    }
    ElicenceSeries.write(lines, time.get(), unit.get().name(), code.get(), name.get(), status.get(), added.get(), uses.get());
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of(RankingTable.of(TABLE, "ElicenceRanking", ElicenceFamily::rank));
  }

  @Override
  public BulletinPart bulletin() {
    return new ElicenceBulletin();
  }

  /** A catalogue, not a ranking by amount: the week's additions are a column of their own, not a change. */
  private static Future<JsonObject> rank(RankingRequest request) {
    return request.series().window(WindowQuery.of(ElicenceSeries.SCHEMA,
            List.of(ElicenceSeries.UNIT.stored(), ElicenceSeries.CODE.stored()), request.window().start(), request.window().end()))
        .map(rows -> ElicenceRanking.table(TABLE, request.window(), rows.stream().map(row -> new EntryFigures(row.tag(0), row.tag(1),
            row.text(ElicenceSeries.NAME.stored()), row.text(ElicenceSeries.STATUS.stored()),
            row.cumulative(ElicenceSeries.ADDED.stored()), row.weekly(ElicenceSeries.ADDED.stored()),
            row.cumulative(ElicenceSeries.USES.stored()))).toList()));
  }

  @Override
  public String title() {
    return "电子证照";
  }
}
