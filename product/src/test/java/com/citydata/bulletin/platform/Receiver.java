package com.citydata.bulletin.platform;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A subscriber's endpoint on loopback, as a DingTalk robot or a webhook receiver would be: it keeps every request
 * it read and answers 200 with DingTalk's {"errcode":0}. It can go down (stop listening, so connections are refused)
 * and come back on the same port.
 */
final class Receiver implements AutoCloseable {
  record Received(String path, MultiMap params, MultiMap headers, String body) {
    JsonObject json() {
      return new JsonObject(body);
    }
  }

  private final Vertx vertx = Vertx.vertx();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final long answerDelayMs;
  private HttpServer server;
  private int port;

  Receiver(long answerDelayMs) {
    this.answerDelayMs = answerDelayMs;
    up();
  }

  void up() {
    server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port).setReuseAddress(true))
        .requestHandler(request -> request.body().onSuccess(body -> {
          received.add(new Received(request.path(), MultiMap.caseInsensitiveMultiMap().addAll(request.params()),
              MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), body.toString()));
          vertx.setTimer(Math.max(1, answerDelayMs), t -> request.response().putHeader("Content-Type", "application/json")
              .end("{\"errcode\":0,\"errmsg\":\"ok\"}"));
        }))
        .listen().await();
    port = server.actualPort();
  }

  void down() {
    server.close().await();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
