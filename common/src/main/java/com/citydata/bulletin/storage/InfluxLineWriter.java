package com.citydata.bulletin.storage;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.WriteApiBlocking;
import com.influxdb.client.domain.WritePrecision;
import com.influxdb.client.write.Point;
import com.influxdb.exceptions.InfluxException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes line protocol to {@code /api/v2/write} through influxdb-client-java: InfluxDB 2.x/3.x in production,
 * the embedded QuestDB by default. The blocking API runs on a worker pool, so a request is answered only after
 * the store acknowledged its points and a store error reaches the caller instead of being dropped.
 */
public final class InfluxLineWriter implements TimeSeriesWriter {
  private static final Set<Integer> REFUSED = Set.of(400, 413, 422);
  /**
   * The client logs a whole stack trace for every failed ping; the spooling writer reports the store's state
   * itself, one line per change. Held here because java.util.logging keeps loggers only weakly.
   */
  private static final java.util.logging.Logger PING_LOG = quiet("com.influxdb.internal.AbstractRestClient");

  private final InfluxDBClient client;
  private final WriteApiBlocking writeApi;
  private final WorkerExecutor workers;
  private final Function<Set<String>, Future<Void>> afterWrite;
  private final Set<Future<Void>> inFlight = ConcurrentHashMap.newKeySet();

  /**
   * @param afterWrite runs after a successful write, with the measurements written; QuestDB uses it to wait
   *                   until its write-ahead log is applied, so a ranking read right after an ingest sees the points.
   */
  public InfluxLineWriter(Vertx vertx, InfluxDBClient client, Function<Set<String>, Future<Void>> afterWrite) {
    this.client = client;
    this.writeApi = client.getWriteApiBlocking();
    this.workers = vertx.createSharedWorkerExecutor("time-series-writer", 4);
    this.afterWrite = afterWrite;
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  public static Point toPoint(SeriesPoint point) {
    Point p = Point.measurement(point.measurement()).time(point.time(), WritePrecision.MS);
    point.tags().forEach(p::addTag);
    point.fields().forEach((name, value) -> {
      if (value instanceof Long number) {
        p.addField(name, number);
      } else {
        p.addField(name, (String) value);
      }
    });
    return p;
  }

  @Override
  public Future<Void> write(List<SeriesPoint> points) {
    List<Point> lines = points.stream().map(InfluxLineWriter::toPoint).toList();
    Set<String> measurements = points.stream().map(SeriesPoint::measurement).collect(Collectors.toSet());
    Future<Void> done = workers.executeBlocking(() -> {
      try {
        writeApi.writePoints(lines);
      } catch (InfluxException e) {
        if (REFUSED.contains(e.status())) {
          throw new StoreRejection("the store refused the points: " + e.getMessage(), e);
        }
        throw e;
      }
      return null;
    }, false).compose(v -> afterWrite.apply(measurements));
    inFlight.add(done);
    return done.andThen(ar -> inFlight.remove(done));
  }

  @Override
  public Future<Void> ping() {
    return workers.executeBlocking(() -> {
      if (!Boolean.TRUE.equals(client.ping())) {
        throw new IllegalStateException("the store did not answer /ping");
      }
      return null;
    }, false);
  }

  @Override
  public Future<Void> close() {
    return Future.join(List.copyOf(inFlight))
        .transform(ar -> workers.executeBlocking(() -> {
          client.close();
          return null;
        }))
        .transform(ar -> workers.close());
  }
}
