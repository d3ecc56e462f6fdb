package com.citydata.bulletin.delivery;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.Messages.SubscriptionRef;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

/** What became of a subscription's deliveries, for the admin: its deliveries, newest first. */
public final class DeliveryLogVerticle extends VerticleBase {
  private Pool pool;
  private Subscriptions subscriptions;

  @Override
  public Future<?> start() {
    pool = PgDatabase.pool(vertx, AppConfig.fromJson(config()));
    subscriptions = new Subscriptions(pool);
    return vertx.eventBus().<SubscriptionRef>consumer(Addresses.SUBSCRIPTION_DELIVERIES, this::deliveries).completion();
  }

  private void deliveries(Message<SubscriptionRef> message) {
    Future.succeededFuture(message.body()).compose(r -> subscriptions.deliveries(SubscriptionVerticle.id(r)))
        .map(found -> new JsonObject().put("deliveries", found.orElseThrow(() -> SubscriptionVerticle.missing(message.body()))))
        .onSuccess(message::reply).onFailure(f -> ServiceReplies.reply(message, f));
  }

  @Override
  public Future<?> stop() {
    return pool.close();
  }
}
