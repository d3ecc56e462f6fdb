package com.citydata.bulletin.delivery;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.Messages.NewSubscription;
import com.citydata.bulletin.bus.Messages.SubscriptionRef;
import com.citydata.bulletin.bus.Messages;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.ServiceFailure;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The admin's subscriptions over the event bus: create (checked by {@link SubscriptionRules}), list, delete. */
public final class SubscriptionVerticle extends VerticleBase {
  private Pool pool;
  private Subscriptions subscriptions;
  private SubscriptionRules rules;

  @Override
  public Future<?> start() {
    AppConfig config = AppConfig.fromJson(config());
    pool = PgDatabase.pool(vertx, config);
    subscriptions = new Subscriptions(pool);
    rules = new SubscriptionRules(config.deliveryAllowedHosts());
    return Future.all(List.of(
        vertx.eventBus().<NewSubscription>consumer(Addresses.SUBSCRIPTION_CREATE, this::create).completion(),
        vertx.eventBus().consumer(Addresses.SUBSCRIPTION_LIST, m -> subscriptions.list()
            .map(list -> new JsonObject().put("subscriptions", list))
            .onSuccess(m::reply).onFailure(f -> ServiceReplies.reply(m, f))).completion(),
        vertx.eventBus().<SubscriptionRef>consumer(Addresses.SUBSCRIPTION_DELETE, this::delete).completion()));
  }

  /** A 400 naming every problem, and nothing stored, unless the rules accept it. */
  private void create(Message<NewSubscription> message) {
    JsonObject subscription = message.body().subscription();
    List<FieldError> problems = rules.problems(subscription);
    if (!problems.isEmpty()) {
      ServiceReplies.reply(message, new InvalidRequestException("invalid subscription: " + problems.stream()
          .map(p -> p.field() + (p.index() == null ? "" : "[" + p.index() + "]") + " " + p.message()).collect(Collectors.joining("; ")), problems));
      return;
    }
    subscriptions.create(subscription, Messages.actor(message.body().actor()))
        .onSuccess(message::reply).onFailure(f -> ServiceReplies.reply(message, f));
  }

  private void delete(Message<SubscriptionRef> message) {
    Future.succeededFuture(message.body()).compose(r -> subscriptions.delete(id(r), Messages.actor(r.actor())))
        .map(deleted -> {
          if (!deleted) {
            throw missing(message.body());
          }
          return new JsonObject();
        })
        .onSuccess(message::reply).onFailure(f -> ServiceReplies.reply(message, f));
  }

  static UUID id(SubscriptionRef request) {
    try {
      return UUID.fromString(request.id());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw missing(request);
    }
  }

  static ServiceFailure missing(SubscriptionRef request) {
    return ServiceFailure.notFound("no subscription " + request.id());
  }

  @Override
  public Future<?> stop() {
    return pool.close();
  }
}
