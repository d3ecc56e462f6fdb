package com.citydata.bulletin.platform;

import com.citydata.bulletin.auth.KeptSecret;
import com.citydata.bulletin.bus.Messages;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.gateway.GatewayVerticle;
import com.citydata.bulletin.platform.embedded.EmbeddedPg;
import com.citydata.bulletin.platform.embedded.EmbeddedQuestDb;
import com.citydata.bulletin.timeseries.TimeSeriesStore;
import io.vertx.core.Deployable;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs services in this JVM: all of them on embedded stores by default (PostgreSQL when PG_URL is unset, QuestDB
 * when neither INFLUX_URL nor QUESTDB_HTTP_URL is set, both under DATA_DIR), or a chosen few as members of a
 * Hazelcast cluster, where the stores must be shared servers.
 */
public final class Platform implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
  /** The embedded QuestDB's password, generated at first start, in DATA_DIR. */
  static final String QUESTDB_PASSWORD = "questdb-password";

  private final Vertx vertx;
  private final AppConfig config;
  private final List<AutoCloseable> embedded;
  private final GatewayVerticle gateway;
  private boolean closed;

  private Platform(Vertx vertx, AppConfig config, List<AutoCloseable> embedded, GatewayVerticle gateway) {
    this.vertx = vertx;
    this.config = config;
    this.embedded = embedded;
    this.gateway = gateway;
  }

  /** Every service in one JVM. */
  public static Platform start(AppConfig configured) throws Exception {
    return start(configured, List.of(Service.values()), false);
  }

  /** Blocks until the services are up; stores started here are closed again if a later step fails. */
  public static Platform start(AppConfig configured, List<Service> services, boolean clustered) throws Exception {
    List<AutoCloseable> embedded = new ArrayList<>();
    Vertx vertx = null;
    try {
      AppConfig config = clustered ? requireSharedStores(configured) : withEmbeddedStores(configured, embedded);
      vertx = clustered ? Clustering.start(config).await() : Vertx.vertx();
      Vertx v = vertx;
      Messages.registerCodecs(vertx.eventBus());
      DeploymentOptions options = new DeploymentOptions().setConfig(config.toJson());
      Future<Void> chain = PgDatabase.migrate(vertx, config)
          .compose(x -> TimeSeriesStore.ensureSchema(v, config, FamilyRegistry.installed().schemas()));
      GatewayVerticle gateway = null;
      for (Service service : services) {
        for (Deployable verticle : service.newVerticles()) {
          if (verticle instanceof GatewayVerticle g) {
            gateway = g;
          }
          chain = chain.compose(x -> v.deployVerticle(verticle, options).mapEmpty());
        }
      }
      chain.await();
      return new Platform(vertx, config, embedded, gateway);
    } catch (Exception | Error e) {
      if (vertx != null) {
        vertx.close().await();
      }
      closeAll(embedded);
      throw e;
    }
  }

  private static AppConfig withEmbeddedStores(AppConfig configured, List<AutoCloseable> embedded) throws Exception {
    AppConfig config = configured;
    DataDir.prepare(config.dataDir());
    // Held until the process ends: an embedded store found running on this directory is then surely an orphan.
    embedded.add(DataDir.lock(config.dataDir()));
    if (config.get(AppConfig.PG_URL).isEmpty()) {
      EmbeddedPg pg = EmbeddedPg.start(config.dataDir().resolve("postgres"));
      embedded.add(pg);
      config = config.with(AppConfig.PG_URL, pg.url());
    }
    if (!config.usesInflux() && config.get(AppConfig.QUESTDB_HTTP_URL).isEmpty()) {
      EmbeddedQuestDb questDb = EmbeddedQuestDb.start(config.dataDir().resolve("questdb"),
          KeptSecret.readOrCreate(config.dataDir().resolve(QUESTDB_PASSWORD)).value());
      embedded.add(questDb);
      config = config
          .with(AppConfig.QUESTDB_HTTP_URL, questDb.httpUrl())
          .with(AppConfig.QUESTDB_PG_URL, questDb.pgUrl());
    }
    return config;
  }

  /** Members of a cluster share their stores; an embedded store would be private to one process. */
  private static AppConfig requireSharedStores(AppConfig config) {
    config.require(AppConfig.PG_URL);
    if (!config.usesInflux()) {
      config.require(AppConfig.QUESTDB_HTTP_URL);
      config.require(AppConfig.QUESTDB_PG_URL);
    }
    return config;
  }

  /** The gateway's port, or -1 when this process runs no gateway. */
  public int port() {
    return gateway == null ? -1 : gateway.actualPort();
  }

  public Vertx vertx() {
    return vertx;
  }

  public AppConfig config() {
    return config;
  }

  /**
   * Stops in the order that loses nothing: the gateway stops accepting and lets requests under way finish (at
   * most SHUTDOWN_DRAIN_SECONDS), then the services stop (writers flush or keep their spool), then the stores.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (gateway != null) {
      try {
        gateway.drain(config.shutdownDrain()).await();
      } catch (RuntimeException e) {
        LOG.warn("draining the gateway failed: {}", e.getMessage());
      }
    }
    vertx.close().await();
    closeAll(embedded);
  }

  private static void closeAll(List<AutoCloseable> resources) {
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        LOG.warn("closing {} failed", resources.get(i).getClass().getSimpleName(), e);
      }
    }
  }
}
