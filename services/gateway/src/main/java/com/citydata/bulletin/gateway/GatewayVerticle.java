package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.AccountRepository;
import com.citydata.bulletin.accounts.Sessions;
import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.catalog.AuditLog;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.catalog.CollectorRepository;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP edge. Order of checks on every API call: bearer token, the limits on its address's failures and on its
 * rate, and access (401/429/403), content type (415), body size (413), then the OpenAPI contract (400); only then does a request reach a route or the event bus. Every
 * operation of the served contract has a handler: the core ones here, each family's ingest and queries by the
 * registry.
 */
public final class GatewayVerticle extends VerticleBase {
  /** Their bodies the router does not read: PointsEnvelope checks the envelope, the family the points. */
  private static final Set<String> SERIES_FAMILIES = Set.copyOf(FamilyRegistry.installed().seriesFamilies());
  private static final Logger LOG = LoggerFactory.getLogger(GatewayVerticle.class);
  /** Tokens and addresses a limiter keeps at most: about a megabyte, and far more than the city's collectors. */
  private static final int MAX_LIMITED_KEYS = 10_000;
  /** Failed sign-ins one address may make, in accounts' lock limits: an office behind one address has many people. */
  private static final int SIGNIN_FAILURES_PER_ADDRESS = 5;
  private Pool pool;
  private CollectorRepository collectors;
  private AccountRepository accounts;
  private DeskSessions deskSessions;
  private HttpServer server;
  private Readiness readiness;
  private HeaderTimeout headerTimeout;
  private final ShutdownGate shutdown = new ShutdownGate();
  private static final Duration DRAIN_NOTICE = Duration.ofSeconds(1);
  private static final long DRAIN_POLL_MS = 50;

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    pool = PgDatabase.pool(vertx, config);
    collectors = new CollectorRepository(pool);
    accounts = new AccountRepository(vertx, pool);
    deskSessions = new DeskSessions(new Sessions(pool, config.sessionIdle(), config.sessionMaxAge()),
        config.get(AppConfig.PUBLIC_BASE_URL).filter(url -> url.startsWith("https:")).isPresent());
    headerTimeout = new HeaderTimeout(vertx, config.httpHeaderTimeout());
    readiness = new Readiness(vertx, pool, FamilyRegistry.installed().families().stream().map(Family::name).toList(),
        config.storeDeadline());
    // Splicing the families' fragments parses YAML: a worker's job, once.
    return vertx.executeBlocking(ServedContract::installed)
        .compose(contract -> Contract.forRouter(vertx, contract.json(), SERIES_FAMILIES).map(openApi -> router(config, contract, openApi)))
        .compose(router -> vertx.createHttpServer(new HttpServerOptions()
                .setHost(config.httpHost())
                .setPort(config.httpPort())
                // A socket that sends nothing for this long, half a request included, is closed: slow clients
                // cannot hold connections open for ever.
                .setIdleTimeout(config.httpIdleTimeoutSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS)
                // Cleartext HTTP/2 would defer a connection's handler until the protocol is known, after the
                // headers: the header timeout needs it at accept. Collectors speak HTTP/1.1; an h2c upgrade
                // request is simply answered in HTTP/1.1.
                .setHttp2ClearTextEnabled(false))
            .connectionHandler(headerTimeout::opened)
            .requestHandler(router)
            .listen())
        .onSuccess(s -> server = s);
  }

  private Router router(AppConfig config, ServedContract contract, OpenAPIContract openApi) {
    RouterBuilder builder = RouterBuilder.create(vertx, openApi, RequestExtractor.withBodyHandler());
    // Files come as forms too (the matters register); their parts go to a folder under DATA_DIR, removed at the end.
    builder.rootHandler(BodyHandler.create(config.dataDir().resolve("uploads").toString()).setDeleteUploadedFilesOnEnd(true)
        .setBodyLimit(config.bodyLimitBytes()));
    Map<String, Handler<RoutingContext>> handlers = handlers(config, contract);
    for (Map.Entry<String, JsonObject> operation : contract.operations()) {
      Handler<RoutingContext> handler = handlers.get(operation.getKey());
      if (handler == null) {
        throw new IllegalStateException("no handler serves the operation " + operation.getKey());
      }
      builder.getRoute(operation.getKey()).addHandler(handler);
    }
    // Tokens are checked on the parent route, before the body is read; the contract's security is the doc. The desk's
    // pages answer their failures as pages.
    Set<String> deskOperations = contract.operations().stream().filter(op -> op.getValue().getBoolean("x-desk", false))
        .map(Map.Entry::getKey).collect(Collectors.toSet());
    builder.getRoutes().forEach(route -> route.setDoSecurity(false).addFailureHandler(
        deskOperations.contains(route.getOperation().getOperationId()) ? DeskForms::failure : ApiErrors::handle));

    BearerAuth auth = new BearerAuth(config.require(AppConfig.ADMIN_TOKEN), collectors,
        new AccessPolicy(contract.json(), config.bulletinsPublic()),
        new RateLimiter(config.rateLimitPerSecond(), config.rateLimitBurst(), MAX_LIMITED_KEYS, System::nanoTime),
        new FailedAuthLimiter(config.authFailureLimit(), Duration.ofSeconds(config.authFailureWindowSeconds()), MAX_LIMITED_KEYS,
            System::nanoTime), deskSessions.store());
    Router root = Router.router(vertx);
    root.route().handler(headerTimeout::handle);
    root.route().handler(SecurityHeaders::handle);
    root.route().handler(shutdown::handle);
    JsonBodyRule bodies = new JsonBodyRule(contract.json());
    root.route("/api/*").handler(auth::handle).handler(bodies::handle);
    root.route("/bulletins*").handler(auth::handle);
    root.route("/desk*").handler(deskSessions::resolve);
    root.route("/*").subRouter(builder.createRouter());
    OperationIndex<Boolean> operations = new OperationIndex<>(contract.json(), operation -> true);
    root.route().last().handler(ctx -> {
      // The router matched the normalised path ("a/../b" is "b"): so must what the answer says is there.
      String path = ctx.normalizedPath();
      Set<HttpMethod> allowed = operations.methods(path);
      if (allowed.isEmpty() || allowed.contains(ctx.request().method())) {
        if (path.startsWith("/desk")) {
          DeskPages.message(ctx, 404, "没有这个页面", "工作台没有这个页面：" + path, "/desk");
        } else {
          ApiErrors.send(ctx, 404, "no such resource: " + path, List.of());
        }
        return;
      }
      String allow = allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", "));
      ctx.response().putHeader("Allow", allow);
      ApiErrors.send(ctx, 405, ctx.request().method().name() + " is not allowed on " + path + "; allowed: " + allow,
          List.of());
    });
    root.route().failureHandler(ApiErrors::handle);
    return root;
  }

  private Map<String, Handler<RoutingContext>> handlers(AppConfig config, ServedContract contract) {
    CatalogRepository catalogRepository = new CatalogRepository(pool);
    CatalogChanges catalogChanges = new CatalogChanges(vertx, catalogRepository);
    CatalogRoutes catalog = new CatalogRoutes(catalogChanges);
    CollectorChanges collectorChanges = new CollectorChanges(collectors, catalogRepository);
    CollectorRoutes collectorRoutes = new CollectorRoutes(collectors, collectorChanges);
    AccountChanges accountChanges = new AccountChanges(accounts, catalogRepository);
    ServiceRoutes services = new ServiceRoutes(vertx, BusRetry.ingest(config.storeDeadline()));
    BulletinRoutes bulletins = new BulletinRoutes(vertx);
    AccountRoutes accountRoutes = new AccountRoutes(accounts, accountChanges);
    WeekCalendar calendar = new WeekCalendar(config.bulletinWeekday(), config.timezone());
    DeskSignIn signIn = new DeskSignIn(accounts, deskSessions, calendar,
        new FailedAuthLimiter(config.signinFailureLimit() * SIGNIN_FAILURES_PER_ADDRESS, config.signinLock(), MAX_LIMITED_KEYS, System::nanoTime),
        config.signinFailureLimit(), config.signinLock(), config.sessionMaxAge());
    DeskWeek week = new DeskWeek(vertx, calendar, contract.operations().stream()
        .filter(op -> Contract.familyReadsBody(op.getValue()) && "file".equals(op.getValue().getString("x-ingest")))
        .map(op -> op.getValue().getString("x-family")).distinct().toList(), FamilyRegistry.installed().seriesFamilies(),
        BusRetry.ingest(config.storeDeadline()), config.deskChangeFactor());
    DeskPublishing publishing = new DeskPublishing(vertx);
    DeskAudit audit = new DeskAudit(pool, calendar);
    DeskUnits deskUnits = new DeskUnits(catalogChanges);
    DeskCollectors deskCollectors = new DeskCollectors(collectors, collectorChanges, calendar.zone());
    DeskAccounts deskAccounts = new DeskAccounts(accounts, accountChanges, calendar.zone());
    DeskSubscriptions deskSubscriptions = new DeskSubscriptions(vertx, calendar.zone());
    SubscriptionRoutes subscriptions = new SubscriptionRoutes(vertx);
    String yaml = contract.yaml();
    Map<String, Handler<RoutingContext>> handlers = new HashMap<>();
    handlers.put("getHealth", ctx -> Responses.json(ctx, 200, new JsonObject().put("status", "UP")));
    handlers.put("getReady", readiness::handle);
    handlers.put("getContract", ctx -> ctx.response().putHeader("Content-Type", "application/yaml; charset=utf-8").end(yaml));
    handlers.put("getFont", FontRoutes::get);
    handlers.put("putUnits", catalog::put);
    handlers.put("listUnits", catalog::list);
    handlers.put("putUnitOrder", catalog::order);
    handlers.put("createCollector", collectorRoutes::create);
    handlers.put("listCollectors", collectorRoutes::list);
    handlers.put("revokeCollector", collectorRoutes::revoke);
    handlers.put("getRanking", services::ranking);
    handlers.put("writeLines", services::write);
    handlers.put("listBulletins", bulletins::list);
    handlers.put("getBulletin", bulletins::get);
    handlers.put("publishBulletin", bulletins::publish);
    handlers.put("putNotes", bulletins::putNotes);
    handlers.put("getNotes", bulletins::getNotes);
    handlers.put("deleteNotes", bulletins::deleteNotes);
    handlers.put("archivePage", bulletins::archivePage);
    handlers.put("bulletinPage", bulletins::page);
    handlers.put("createSubscription", subscriptions::create);
    handlers.put("listSubscriptions", subscriptions::list);
    handlers.put("deleteSubscription", subscriptions::delete);
    handlers.put("listDeliveries", subscriptions::deliveries);
    handlers.put("createAccount", accountRoutes::create);
    handlers.put("listAccounts", accountRoutes::list);
    handlers.put("updateAccount", accountRoutes::update);
    handlers.put("deleteAccount", accountRoutes::delete);
    Map<String, JsonObject> samples = new HashMap<>();
    contract.operations().stream().filter(op -> op.getValue().getBoolean(ServedContract.SHEETS, false)).forEach(op -> samples.put(
        op.getValue().getString("x-family"), op.getValue().getJsonObject("requestBody").getJsonObject("content").getJsonObject(JsonBodyRule.JSON)
            .getJsonObject("example", new JsonObject()).getJsonArray("points", new JsonArray()).stream()
            .filter(JsonObject.class::isInstance).map(JsonObject.class::cast).findFirst().orElse(new JsonObject())));
    handlers.put("putOpeningBalances", services::putBalances);
    handlers.put("listOpeningBalances", ctx -> services.balances(ctx, new JsonObject().put("op", "get")));
    handlers.put("getSheetTemplate", ctx -> services.template(ctx, "xlsx", samples));
    handlers.put("getCsvTemplate", ctx -> services.template(ctx, "csv", samples));
    handlers.put("sendReminder", services::reminder);
    handlers.put("getReporting", ctx -> Responses.relay(vertx, ctx, Addresses.REPORTING,
        new JsonObject().put("date", ctx.queryParams().get("date")), BusRetry.READ, 200));
    handlers.put("deskHome", week::home);
    handlers.put("deskLoginPage", signIn::loginPage);
    handlers.put("deskLogin", signIn::login);
    handlers.put("deskLogout", signIn::logout);
    handlers.put("deskWeek", week::week);
    handlers.put("deskDraft", week::draft);
    handlers.put("deskNotes", week::notes);
    handlers.put("deskPublish", publishing::publish);
    handlers.put("deskDeliveries", publishing::deliveries);
    handlers.put("deskUpload", week::upload);
    handlers.put("deskFigures", week::figures);
    handlers.put("listAudit", ctx -> AuditLimit.of(ctx).ifPresentOrElse(limit -> AuditLog.recent(pool, limit)
            .onSuccess(entries -> Responses.json(ctx, 200, new JsonObject().put("entries", entries))).onFailure(ctx::fail),
        () -> ApiErrors.send(ctx, 400, AuditLimit.RULE, List.of(new FieldError(null, "limit", AuditLimit.RULE)))));
    handlers.put("deskAudit", audit::audit);
    handlers.put("deskUnits", deskUnits::page);
    handlers.put("deskUnitSave", deskUnits::save);
    handlers.put("deskUnitMove", deskUnits::move);
    handlers.put("deskCollectors", deskCollectors::page);
    handlers.put("deskCollectorCreate", deskCollectors::create);
    handlers.put("deskCollectorRevoke", deskCollectors::revoke);
    handlers.put("deskAccounts", deskAccounts::page);
    handlers.put("deskAccountCreate", deskAccounts::create);
    handlers.put("deskAccountChange", deskAccounts::change);
    handlers.put("deskSubscriptions", deskSubscriptions::page);
    handlers.put("deskSubscriptionCreate", deskSubscriptions::create);
    handlers.put("deskSubscriptionDelete", deskSubscriptions::delete);
    PointsEnvelope envelopes = new PointsEnvelope(Contract.envelopes(contract.json(), SERIES_FAMILIES));
    for (Map.Entry<String, JsonObject> operation : contract.operations()) {
      String family = operation.getValue().getString("x-family");
      String operationId = operation.getKey();
      if (family != null && envelopes.streams(operationId)) {
        // JSON streams to the family; a spreadsheet of points (x-sheets) is a file its ingest service reads.
        handlers.put(operationId, ctx -> {
          String type = ctx.request().getHeader("Content-Type");
          if (type != null && !JsonBodyRule.mediaType(type).equals(JsonBodyRule.JSON)) {
            services.ingest(ctx, family);
          } else {
            services.ingestStreamed(ctx, family, operationId, envelopes);
          }
        });
      } else if (family != null) {
        handlers.put(operationId, ctx -> services.ingest(ctx, family));
      }
    }
    FamilyRegistry.installed().queries()
        .forEach(query -> handlers.put(query.operationId(), ctx -> services.query(ctx, query.operationId())));
    return handlers;
  }

  /**
   * Stops taking requests without cutting any off. Readiness turns 503 at once, so a load balancer stops sending
   * here. For a short notice every answer says "Connection: close", so clients retire the kept-alive connections
   * they would otherwise reuse just as the server closes them. Then every new request is answered 503 with
   * Retry-After (an answer, where a closed connection would leave the client guessing) while the requests under
   * way finish, for at most {@code drain}; only then does the server stop listening.
   */
  public Future<Void> drain(Duration drain) {
    long deadline = System.nanoTime() + drain.toNanos();
    readiness.drain();
    shutdown.notice();
    Promise<Void> settled = Promise.promise();
    vertx.setTimer(DRAIN_NOTICE.toMillis(), id -> {
      shutdown.refuse();
      vertx.setPeriodic(DRAIN_POLL_MS, poll -> {
        if (shutdown.inFlight() == 0 || System.nanoTime() > deadline) {
          vertx.cancelTimer(poll);
          settled.complete();
        }
      });
    });
    return settled.future()
        .compose(v -> server.shutdown(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS))
        .andThen(ar -> LOG.info("gateway drained: {}", shutdown.tally()));
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
