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
import java.util.Set;

/**
 * Joint processes (联办: 商事登记“证照联办”, 不动产登记联办): applications, accepted and completed since the last
 * report. Kept beside the one-window family, whose table carries them; they have no table of their own.
 */
public final class JointProcessFamily extends SeriesFamily {
  private static final Set<String> FIELDS = Set.of("time", "process", "applied", "accepted", "completed");

  public JointProcessFamily() {
    super("joint-process", OneWindowSeries.JOINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(FIELDS);
    Optional<Instant> time = point.time("time", context.now());
    Optional<String> process = point.name("process");
    Optional<Long> applied = point.count("applied");
    Optional<Long> accepted = point.count("accepted");
    Optional<Long> completed = point.count("completed");
    if (time.isEmpty() || process.isEmpty() || applied.isEmpty() || accepted.isEmpty() || completed.isEmpty()) {
      return;
    }
    OneWindowSeries.writeJoint(lines, time.get(), process.get(), applied.get(), accepted.get(), completed.get());
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
}
