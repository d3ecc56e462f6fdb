package com.citydata.bulletin.catalog;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.domain.Catalog;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;

/**
 * The catalog an ingest service checks units against, held in memory: reading it from PostgreSQL for every request
 * cost a round trip per batch, and PostgreSQL being slow then slowed ingest. A change is published on the event bus
 * ({@link Addresses#CATALOG_CHANGED}, across the cluster too) and drops the held copy; a copy older than
 * {@code maxAge} is refreshed in the background while it still serves, in case a member missed a message.
 */
public final class CatalogCache {
  private final Vertx vertx;
  private final CatalogRepository repository;
  private final Duration maxAge;
  private Future<Catalog> current;
  private long loadedAt;
  private boolean refreshing;

  public CatalogCache(Vertx vertx, CatalogRepository repository, Duration maxAge) {
    this.vertx = vertx;
    this.repository = repository;
    this.maxAge = maxAge;
  }

  /** Listens for changes; call from the verticle that uses the cache, whose context then serves both. */
  public Future<Void> start() {
    return vertx.eventBus().consumer(Addresses.CATALOG_CHANGED, message -> current = null).completion();
  }

  public static void changed(Vertx vertx) {
    vertx.eventBus().publish(Addresses.CATALOG_CHANGED, null);
  }

  public Future<Catalog> get() {
    if (current == null || current.failed()) {
      current = load();
    } else if (current.succeeded() && !refreshing && System.nanoTime() - loadedAt > maxAge.toNanos()) {
      refreshing = true;
      Future<Catalog> before = current;
      load().onComplete(ar -> {
        refreshing = false;
        if (ar.succeeded() && current == before) {
          current = Future.succeededFuture(ar.result());
        }
      });
    }
    return current;
  }

  private Future<Catalog> load() {
    return repository.load().andThen(ar -> loadedAt = System.nanoTime());
  }
}
