package com.citydata.bulletin.timeseries;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.rollup.RollupInvalidatingWriter;
import com.citydata.bulletin.rollup.RollupInvalidation;
import com.citydata.bulletin.balances.OpeningBalanceReader;
import com.citydata.bulletin.rollup.RollupReader;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.storage.HttpLineWriter;
import com.citydata.bulletin.storage.InfluxQlReader;
import com.citydata.bulletin.storage.QuestDbQueries;
import com.citydata.bulletin.storage.QuestDbReader;
import com.citydata.bulletin.storage.QuestDbWalBarrier;
import com.citydata.bulletin.storage.TimeSeriesWriter;
import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Builds the writer and reader for the configured store: InfluxDB when INFLUX_URL is set, QuestDB otherwise. The
 * product's services take them with roll-ups (kept in PostgreSQL); the store's own are for what must see it bare.
 */
public final class TimeSeriesStore {
  private static final Duration WAL_TIMEOUT = Duration.ofSeconds(10);

  private TimeSeriesStore() {
  }

  /** The store's writer, telling roll-ups of every batch once the store has it. */
  public static TimeSeriesWriter writer(Vertx vertx, AppConfig config, RollupInvalidation invalidation) {
    return RollupInvalidatingWriter.after(writer(vertx, config), invalidation);
  }

  public static TimeSeriesWriter writer(Vertx vertx, AppConfig config) {
    if (config.usesInflux()) {
      return new HttpLineWriter(vertx, config.require(AppConfig.INFLUX_URL), config.require(AppConfig.INFLUX_TOKEN),
          HttpLineWriter.influxQuery(config.require(AppConfig.INFLUX_ORG), config.require(AppConfig.INFLUX_BUCKET)),
          tables -> Future.succeededFuture());
    }
    Pool pool = questDbPool(vertx, config, new PoolOptions().setMaxSize(2).setShared(true).setName("bulletin-questdb-wal"));
    QuestDbWalBarrier barrier = new QuestDbWalBarrier(vertx, pool, WAL_TIMEOUT);
    // QuestDB ignores the organisation and bucket (the measurement names the table) and takes basic credentials.
    HttpLineWriter writer = new HttpLineWriter(vertx, config.require(AppConfig.QUESTDB_HTTP_URL), null, "", barrier::await);
    return new TimeSeriesWriter() {
      @Override
      public Future<Void> write(LineBatch batch) {
        return writer.write(batch);
      }

      @Override
      public Future<Void> ping() {
        return writer.ping();
      }

      @Override
      public Future<Void> close() {
        return writer.close().eventually(pool::close);
      }
    };
  }

  /**
   * The store's reader, answering windows from roll-ups kept in PostgreSQL ({@code pg}, owned by the caller), its
   * cumulative figures starting from the series' opening balances.
   */
  public static TimeSeriesReader reader(Vertx vertx, AppConfig config, Pool pg) {
    return new OpeningBalanceReader(new RollupReader(reader(vertx, config), pg, calendar(config), Clock.systemUTC()), pg, config.timezone());
  }

  /** What writes must tell so that roll-ups stay true; {@code pg} is owned by the caller. */
  public static RollupInvalidation invalidation(AppConfig config, Pool pg) {
    return new RollupInvalidation(pg, calendar(config), Clock.systemUTC());
  }

  private static WeekCalendar calendar(AppConfig config) {
    return new WeekCalendar(config.bulletinWeekday(), config.timezone());
  }

  public static TimeSeriesReader reader(Vertx vertx, AppConfig config) {
    if (config.usesInflux()) {
      return new InfluxQlReader(vertx, influxClient(config), config.require(AppConfig.INFLUX_DATABASE),
          config.require(AppConfig.INFLUX_RETENTION_POLICY));
    }
    return new QuestDbReader(questDbPool(vertx, config, new PoolOptions().setMaxSize(4).setShared(true).setName("bulletin-questdb-reader")));
  }

  /** Creates the QuestDB tables with their dedup keys; a no-op for InfluxDB, which needs no schema. */
  public static Future<Void> ensureSchema(Vertx vertx, AppConfig config, List<SeriesSchema> schemas) {
    if (config.usesInflux()) {
      return Future.succeededFuture();
    }
    Pool pool = questDbPool(vertx, config, new PoolOptions().setMaxSize(1));
    Future<Void> chain = Future.succeededFuture();
    for (SeriesSchema schema : schemas) {
      chain = chain.compose(v -> pool.query(QuestDbQueries.createTable(schema)).execute().mapEmpty());
    }
    return chain.eventually(pool::close);
  }

  private static InfluxDBClient influxClient(AppConfig config) {
    return InfluxDBClientFactory.create(config.require(AppConfig.INFLUX_URL),
        config.require(AppConfig.INFLUX_TOKEN).toCharArray(),
        config.require(AppConfig.INFLUX_ORG), config.require(AppConfig.INFLUX_BUCKET));
  }

  /** The writers' and readers' pools are shared by name, so a process's connections do not grow with its families. */
  private static Pool questDbPool(Vertx vertx, AppConfig config, PoolOptions pool) {
    PgConnectOptions options = PgConnectOptions.fromUri(config.require(AppConfig.QUESTDB_PG_URL));
    return PgBuilder.pool().with(pool).connectingTo(options).using(vertx).build();
  }
}
