package com.citydata.bulletin.families.onewindow;

import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.series.LineBatch;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Joint processes (联办: 商事登记“证照联办”, 不动产登记联办): applications, accepted and completed since the last
 * report. Kept beside the one-window family, whose table carries them; they have no table of their own.
 */
public final class JointProcessFamily extends SeriesFamily {
  public JointProcessFamily() {
    super("joint-process", JointProcessSeries.POINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(JointProcessSeries.POINT);
    Optional<Instant> time = point.time(JointProcessSeries.TIME, context.now());
    Optional<String> process = point.name(JointProcessSeries.PROCESS);
    Optional<Long> applied = point.count(JointProcessSeries.APPLIED);
    Optional<Long> accepted = point.count(JointProcessSeries.ACCEPTED);
    Optional<Long> completed = point.count(JointProcessSeries.COMPLETED);
    if (time.isEmpty() || process.isEmpty() || applied.isEmpty() || accepted.isEmpty() || completed.isEmpty()) {
      return;
    }
    JointProcessSeries.write(lines, time.get(), process.get(), applied.get(), accepted.get(), completed.get());
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of();
  }

  /** Its own part of the contract; the one-window family's contract.yaml beside it is that family's. */
  @Override
  public String contract() {
    return Family.resource(getClass(), "joint-process.yaml").orElseThrow();
  }

  /** Its figures are drawn on the one-window dashboard. */
  @Override
  public Optional<String> dashboard() {
    return Optional.empty();
  }

  @Override
  public String title() {
    return "联办事项";
  }
}
