package com.citydata.bulletin.family;

import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.series.SeriesSchema;
import io.vertx.core.json.JsonArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A kind of data the product takes from collectors: a service-provider interface, found on the class path with
 * {@link java.util.ServiceLoader} (one line in {@code META-INF/services/com.citydata.bulletin.family.Family}). The
 * gateway, ingest, ranking, bulletin and platform loop over the {@link FamilyRegistry} and never name a family.
 */
public interface Family {

  /** The family's name: its ingest path {@code /api/v1/ingest/<name>}, its collector grant, its bus address. */
  String name();

  /** The family's name as the office says it, in Chinese (数据归集和推送), for pages people read. */
  default String title() {
    return name();
  }

  /** Time-series storage, or empty when the family keeps its data as records in PostgreSQL. */
  Optional<SeriesSchema> series();

  /**
   * The family's part of the OpenAPI document, spliced into the served one: a YAML map with {@code paths} and
   * {@code components.schemas}. By default the resource {@code contract.yaml} beside the family's class.
   */
  default String contract() {
    return resource(getClass(), "contract.yaml")
        .orElseThrow(() -> new IllegalStateException("family " + name() + " has no contract.yaml beside " + getClass().getName()));
  }

  /**
   * The family's Grafana panels, when it has any: the resource {@code dashboard.json} beside the family's class,
   * with its own dashboard's {@code uid}, {@code title}, {@code variables} and {@code panels}, and the panels it adds
   * to the overview and to the published rankings; the platform's dashboard generator assembles them.
   */
  default Optional<String> dashboard() {
    return resource(getClass(), "dashboard.json");
  }

  /** A UTF-8 resource beside a class, when there is one. */
  static Optional<String> resource(Class<?> beside, String name) {
    try (InputStream in = beside.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks every posted point and maps them all, or throws
   * {@link com.citydata.bulletin.domain.InvalidRequestException} listing every problem, so that nothing of a bad
   * request is stored.
   */
  Batch parse(JsonArray points, IngestContext context);

  /**
   * Checks an uploaded file (a spreadsheet, a CSV export) and maps all of it, or throws
   * {@link com.citydata.bulletin.domain.InvalidRequestException} naming every bad row. Families that take files say
   * so in their contract ({@code x-ingest: file}).
   */
  default Batch parseFile(byte[] file, String mediaType, IngestContext context) {
    throw new ServiceFailure(415, "the family " + name() + " takes points as JSON, not files");
  }

  /** The ranking tables the family computes, by their public ids. */
  List<RankingTable> rankings();

  /** Reads of the family's own beyond rankings, each an operation of its contract. */
  default List<Query> queries() {
    return List.of();
  }

  /** What the family adds to the bulletin: sentences, attachments, charts. */
  default BulletinPart bulletin() {
    return BulletinPart.NONE;
  }
}
