package com.citydata.bulletin.platform;

import com.citydata.bulletin.bulletin.BulletinVerticle;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.EmbeddedPg;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.dingtalk.DingtalkIngestVerticle;
import com.citydata.bulletin.exchange.ExchangeIngestVerticle;
import com.citydata.bulletin.interfacecalls.InterfaceIngestVerticle;
import com.citydata.bulletin.pagequery.PageQueryIngestVerticle;
import com.citydata.bulletin.gateway.GatewayVerticle;
import com.citydata.bulletin.ranking.service.RankingVerticle;
import com.citydata.bulletin.storage.EmbeddedQuestDb;
import com.citydata.bulletin.storage.TimeSeriesStore;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every service in one JVM. Stores that are not configured run embedded: PostgreSQL when PG_URL is unset, QuestDB
 * when neither INFLUX_URL nor QUESTDB_HTTP_URL is set, both with their files under DATA_DIR.
 */
public final class Platform implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

  private final Vertx vertx;
  private final AppConfig config;
  private final List<AutoCloseable> embedded;
  private final int port;

  private Platform(Vertx vertx, AppConfig config, List<AutoCloseable> embedded, int port) {
    this.vertx = vertx;
    this.config = config;
    this.embedded = embedded;
    this.port = port;
  }

  /** Blocks until every service is up; stores started here are closed again if a later step fails. */
  public static Platform start(AppConfig configured) throws Exception {
    List<AutoCloseable> embedded = new ArrayList<>();
    Vertx vertx = null;
    try {
      AppConfig config = configured;
      if (config.get(AppConfig.PG_URL).isEmpty()) {
        EmbeddedPg pg = EmbeddedPg.start(config.dataDir().resolve("postgres"));
        embedded.add(pg);
        config = config.with(AppConfig.PG_URL, pg.url());
      }
      if (!config.usesInflux() && config.get(AppConfig.QUESTDB_HTTP_URL).isEmpty()) {
        EmbeddedQuestDb questDb = EmbeddedQuestDb.start(config.dataDir().resolve("questdb"));
        embedded.add(questDb);
        config = config
            .with(AppConfig.QUESTDB_HTTP_URL, questDb.httpUrl())
            .with(AppConfig.QUESTDB_PG_URL, "postgresql://admin:quest@127.0.0.1:" + questDb.pgPort() + "/qdb");
      }
      vertx = Vertx.vertx();
      AppConfig ready = config;
      DeploymentOptions options = new DeploymentOptions().setConfig(ready.toJson());
      GatewayVerticle gateway = new GatewayVerticle();
      Vertx v = vertx;
      PgDatabase.migrate(vertx, ready)
          .compose(x -> TimeSeriesStore.ensureSchema(v, ready))
          .compose(x -> v.deployVerticle(new ExchangeIngestVerticle(), options))
          .compose(x -> v.deployVerticle(new InterfaceIngestVerticle(), options))
          .compose(x -> v.deployVerticle(new PageQueryIngestVerticle(), options))
          .compose(x -> v.deployVerticle(new DingtalkIngestVerticle(), options))
          .compose(x -> v.deployVerticle(new RankingVerticle(), options))
          .compose(x -> v.deployVerticle(new BulletinVerticle(), options))
          .compose(x -> v.deployVerticle(gateway, options))
          .await();
      return new Platform(vertx, ready, embedded, gateway.actualPort());
    } catch (Exception | Error e) {
      if (vertx != null) {
        vertx.close().await();
      }
      closeAll(embedded);
      throw e;
    }
  }

  public int port() {
    return port;
  }

  public AppConfig config() {
    return config;
  }

  public Vertx vertx() {
    return vertx;
  }

  /** Stops the services first, so writes under way reach the stores, then the embedded stores. */
  @Override
  public void close() {
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
