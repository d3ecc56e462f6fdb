package com.citydata.bulletin.storage;

import com.citydata.bulletin.series.LineBatch;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Writes line protocol to a store's {@code /api/v2/write} with Vert.x's own HTTP client: InfluxDB 2.x/3.x in
 * production, the embedded QuestDB by default. Nothing blocks: the buffer the family wrote goes out as it is, and a
 * batch is acknowledged only once the store answered 204 (and, for QuestDB, applied it).
 */
public final class HttpLineWriter implements TimeSeriesWriter {
  private static final Set<Integer> REFUSED = Set.of(400, 413, 422);
  /** Enough for the ingest services of one process to write side by side without queueing on connections. */
  private static final int CONNECTIONS = 8;

  private final HttpClient http;
  private final URI base;
  private final String writeUri;
  private final String pingUri;
  private final MultiMap headers;
  private final Function<Set<String>, Future<Void>> afterWrite;
  private final Set<Future<Void>> inFlight = ConcurrentHashMap.newKeySet();

  /**
   * @param url        the store's base URL; user info in it ({@code http://user:password@host:port}) becomes HTTP basic
   *                   authentication, QuestDB's
   * @param token      an InfluxDB token, sent as {@code Authorization: Token}, or null
   * @param query      the write's query beyond {@code precision=ms}: InfluxDB's org and bucket, nothing for QuestDB
   * @param afterWrite runs after a successful write, with the measurements written; QuestDB uses it to wait until its
   *                   write-ahead log is applied, so a ranking read right after an ingest sees the points
   */
  public HttpLineWriter(Vertx vertx, String url, String token, String query, Function<Set<String>, Future<Void>> afterWrite) {
    this.base = URI.create(url);
    this.http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(base.getHost()).setDefaultPort(port(base))
        .setSsl("https".equals(base.getScheme())).setKeepAlive(true).setConnectTimeout(5_000),
        new PoolOptions().setHttp1MaxSize(CONNECTIONS));
    String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/$", "");
    this.writeUri = path + "/api/v2/write?precision=ms" + (query.isEmpty() ? "" : "&" + query);
    this.pingUri = path + "/ping";
    this.headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "text/plain; charset=utf-8");
    if (base.getRawUserInfo() != null) {
      String[] userInfo = base.getRawUserInfo().split(":", 2);
      String credentials = URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8) + ":"
          + (userInfo.length > 1 ? URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8) : "");
      headers.add("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    } else if (token != null) {
      headers.add("Authorization", "Token " + token);
    }
    this.afterWrite = afterWrite;
  }

  /** InfluxDB 2.x/3.x: the organisation and bucket go in the write's query. */
  public static String influxQuery(String org, String bucket) {
    return "org=" + URLEncoder.encode(org, StandardCharsets.UTF_8) + "&bucket=" + URLEncoder.encode(bucket, StandardCharsets.UTF_8);
  }

  private static int port(URI uri) {
    return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
  }

  @Override
  public Future<Void> write(LineBatch batch) {
    Future<Void> done = http.request(new RequestOptions().setMethod(HttpMethod.POST).setURI(writeUri).setHeaders(headers))
        .compose(request -> request.send(batch.lines()))
        .compose(response -> response.body().compose(body -> {
          if (response.statusCode() / 100 == 2) {
            return Future.<Void>succeededFuture();
          }
          String message = "the store answered " + response.statusCode() + ": " + body.toString(StandardCharsets.UTF_8);
          return Future.<Void>failedFuture(REFUSED.contains(response.statusCode())
              ? new StoreRejection(message, null) : new IllegalStateException(message));
        }))
        .compose(v -> afterWrite.apply(batch.measurements()));
    inFlight.add(done);
    return done.andThen(ar -> inFlight.remove(done));
  }

  @Override
  public Future<Void> ping() {
    return http.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(pingUri).setHeaders(headers))
        .compose(request -> request.send())
        .compose(response -> response.body().compose(body -> response.statusCode() / 100 == 2 ? Future.<Void>succeededFuture()
            : Future.<Void>failedFuture(new IllegalStateException("the store answered /ping with " + response.statusCode()))));
  }

  @Override
  public Future<Void> close() {
    return Future.join(List.copyOf(inFlight)).transform(ar -> http.close());
  }
}
