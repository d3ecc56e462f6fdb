package com.citydata.bulletin.db;

import com.citydata.bulletin.config.AppConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;

/** The relational store: a vertx-pg-client pool for the services, Flyway migrations at start-up. */
public final class PgDatabase {
  private static final int WAITING_PER_CONNECTION = 32;

  private PgDatabase() {
  }

  /**
   * The process's pool: shared by name among the verticles of one Vert.x instance, so the connections a process
   * holds do not grow with the number of families it ingests (one verticle each). Nothing waits on it without
   * bound: a request waits at most the store deadline for a connection, behind a bounded queue, and fails then.
   */
  public static Pool pool(Vertx vertx, AppConfig config) {
    int deadline = (int) config.storeDeadline().toSeconds();
    PgConnectOptions options = PgConnectOptions.fromUri(config.require(AppConfig.PG_URL));
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(config.pgPoolSize()).setShared(true).setName("bulletin-postgres")
            .setMaxWaitQueueSize(config.pgPoolSize() * WAITING_PER_CONNECTION)
            .setConnectionTimeout(deadline).setConnectionTimeoutUnit(TimeUnit.SECONDS))
        .connectingTo(options)
        .using(vertx)
        .build();
  }

  /** Brings the schema up to date; Flyway's lock makes concurrent starts of several services safe. */
  public static Future<Void> migrate(Vertx vertx, AppConfig config) {
    PgConnectOptions options = PgConnectOptions.fromUri(config.require(AppConfig.PG_URL));
    String jdbcUrl = "jdbc:postgresql://" + options.getHost() + ":" + options.getPort() + "/" + options.getDatabase();
    return vertx.executeBlocking(() -> {
      Flyway.configure()
          .dataSource(jdbcUrl, options.getUser(), options.getPassword())
          .locations("classpath:db/migration")
          .load()
          .migrate();
      return null;
    });
  }
}
