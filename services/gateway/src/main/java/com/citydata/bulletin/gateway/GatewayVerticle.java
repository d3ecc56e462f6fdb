package com.citydata.bulletin.gateway;

import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.catalog.CollectorRepository;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.sqlclient.Pool;
import java.util.List;

/**
 * The HTTP edge. Order of checks on every API call: bearer token and access (401/403), content type (415), body
 * size (413), then the OpenAPI contract (400); only then does a request reach a route or the event bus.
 */
public final class GatewayVerticle extends VerticleBase {
  /** The public contract, served as is at /api/v1/openapi.yaml. */
  public static final String CONTRACT = "openapi.yaml";

  private Pool pool;
  private HttpServer server;

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    pool = PgDatabase.pool(vertx, config);
    CollectorRepository collectorRepository = new CollectorRepository(pool);
    BearerAuth auth = new BearerAuth(config.require(AppConfig.ADMIN_TOKEN), collectorRepository);
    CatalogRoutes catalog = new CatalogRoutes(new CatalogRepository(pool));
    CollectorRoutes collectors = new CollectorRoutes(collectorRepository);
    ServiceRoutes services = new ServiceRoutes(vertx);
    BulletinRoutes bulletins = new BulletinRoutes(vertx);

    return vertx.fileSystem().readFile(CONTRACT)
        .compose(yaml -> Contract.forRouter(vertx, yaml).map(contract -> {
          RouterBuilder builder = RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler());
          builder.rootHandler(BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes()));
          builder.getRoute("getHealth").addHandler(ctx -> Responses.json(ctx, 200, new JsonObject().put("status", "UP")));
          builder.getRoute("getContract").addHandler(ctx -> ctx.response()
              .putHeader("Content-Type", "application/yaml; charset=utf-8").end(yaml));
          builder.getRoute("getFont").addHandler(FontRoutes::get);
          builder.getRoute("putUnits").addHandler(catalog::put);
          builder.getRoute("listUnits").addHandler(catalog::list);
          builder.getRoute("createCollector").addHandler(collectors::create);
          builder.getRoute("listCollectors").addHandler(collectors::list);
          builder.getRoute("revokeCollector").addHandler(collectors::revoke);
          for (String operation : List.of("ingestExchange", "ingestInterface", "ingestPagequery", "ingestDingtalk")) {
            builder.getRoute(operation).addHandler(services::ingest);
          }
          builder.getRoute("getRanking").addHandler(services::ranking);
          builder.getRoute("listBulletins").addHandler(bulletins::list);
          builder.getRoute("getBulletin").addHandler(bulletins::get);
          builder.getRoute("publishBulletin").addHandler(bulletins::publish);
          // Tokens are checked on the parent route, before the body is read; the contract's security is the doc.
          builder.getRoutes().forEach(route -> route.setDoSecurity(false).addFailureHandler(ApiErrors::handle));

          Router root = Router.router(vertx);
          root.route("/api/*").handler(auth::handle).handler(JsonBodyRule::handle);
          root.route("/*").subRouter(builder.createRouter());
          root.route().last().handler(ctx -> ApiErrors.send(ctx, 404, "no such resource: " + ctx.request().path(), List.of()));
          root.route().failureHandler(ApiErrors::handle);
          return root;
        }))
        .compose(router -> vertx.createHttpServer(new HttpServerOptions()
                .setHost(config.httpHost())
                .setPort(config.httpPort()))
            .requestHandler(router)
            .listen())
        .onSuccess(s -> server = s);
  }

  /** The port actually bound; differs from the configured one when that was 0. */
  public int actualPort() {
    return server.actualPort();
  }

  @Override
  public Future<?> stop() {
    return pool.close();
  }
}
