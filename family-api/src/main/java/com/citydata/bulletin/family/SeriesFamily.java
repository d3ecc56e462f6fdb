package com.citydata.bulletin.family;

import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ingest.PointsParser;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import java.util.Optional;

/**
 * A family kept as time series: its name, its point's declaration, and a check of one point at a time. Every point of a request
 * is read, and every problem of every point named, before anything is stored.
 */
public abstract class SeriesFamily implements Family {
  private final String name;
  private final PointShape point;
  private final SeriesSchema schema;

  /** @param point the family's point as it declares it once; the schema and the known properties derive from it */
  protected SeriesFamily(String name, PointShape point) {
    this.name = name;
    this.point = point;
    this.schema = point.schema();
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Optional<SeriesSchema> series() {
    return Optional.of(schema);
  }

  /** Every property of the family's point, declared once: the contract and the README are held to it by tests. */
  public final PointShape point() {
    return point;
  }

  @Override
  public final Batch parse(JsonArray points, IngestContext context) {
    LineBatch.Builder lines = new LineBatch.Builder(points == null ? 0 : points.size());
    PointsParser.each(points, point -> point(point, context, lines));
    return new Batch.Series(lines.build());
  }

  /** A JSON body's points, read as the body streams, so no point is held as a tree. */
  public final Batch parse(Buffer json, IngestContext context) {
    LineBatch.Builder lines = new LineBatch.Builder(json.length() / 128);
    PointsParser.each(json, point -> point(point, context, lines));
    return new Batch.Series(lines.build());
  }

  /**
   * Writes the stored point to {@code lines}, or records on the reader what is wrong with it and writes nothing.
   * A request with any wrong point is refused whole, so what was written for its other points is dropped.
   */
  protected abstract void point(PointReader point, IngestContext context, LineBatch.Builder lines);
}
