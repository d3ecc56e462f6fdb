package com.citydata.bulletin.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A request's headers must be complete within the header timeout of the connection opening or of its previous
 * answer. The idle timeout alone lets a client that sends a byte of its headers now and then hold a connection
 * for ever; this closes it. A kept-alive connection with nothing to send is closed after the same time.
 */
final class HeaderTimeout {
  private final Vertx vertx;
  private final long timeoutMs;
  private final Map<HttpConnection, Waiting> connections = new ConcurrentHashMap<>();

  /** A connection's requests under way, and the timer that runs while there are none. */
  private static final class Waiting {
    int requests;
    long timer = -1;
  }

  HeaderTimeout(Vertx vertx, Duration timeout) {
    this.vertx = vertx;
    this.timeoutMs = timeout.toMillis();
  }

  /** The server's connection handler: called as the connection is accepted, while cleartext HTTP/2 is off. */
  void opened(HttpConnection connection) {
    Waiting waiting = new Waiting();
    connections.put(connection, waiting);
    connection.closeHandler(v -> {
      connections.remove(connection);
      vertx.cancelTimer(waiting.timer);
    });
    arm(connection, waiting);
  }

  /** The router's first handler: the headers of a request are in. */
  void handle(RoutingContext ctx) {
    HttpConnection connection = ctx.request().connection();
    Waiting waiting = connections.get(connection);
    if (waiting != null) {
      waiting.requests++;
      vertx.cancelTimer(waiting.timer);
      ctx.addEndHandler(done -> {
        waiting.requests--;
        if (waiting.requests == 0) {
          arm(connection, waiting);
        }
      });
    }
    ctx.next();
  }

  private void arm(HttpConnection connection, Waiting waiting) {
    waiting.timer = vertx.setTimer(timeoutMs, id -> connection.close());
  }
}
