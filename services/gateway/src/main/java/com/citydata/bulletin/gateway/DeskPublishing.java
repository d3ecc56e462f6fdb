package com.citydata.bulletin.gateway;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.bus.Messages.BulletinQuery;
import com.citydata.bulletin.bus.Messages.Publish;
import com.citydata.bulletin.bus.Messages.SubscriptionRef;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing from the week page: first what changed against the day's last published revision, then, confirmed, the
 * publishing itself, then each subscription's delivery of the revision.
 */
final class DeskPublishing {
  private static final Map<String, String> STATE_LABELS = Map.of("pending", "待发送", "retrying", "重试中", "delivered", "已送达",
      "failed", "发送失败");

  private final Vertx vertx;

  DeskPublishing(Vertx vertx) {
    this.vertx = vertx;
  }

  /**
   * POST /desk/{date}/publish: first what changed against the last published revision of the day (intent review),
   * then, confirmed, the publishing itself and the way to its deliveries.
   */
  void publish(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.EDITOR).ifPresent(session -> {
      String day = LocalDate.parse(ctx.pathParam("date")).toString();
      if ("confirm".equals(ctx.request().getFormAttribute("intent"))) {
        BusRetry.<JsonObject>request(vertx, Addresses.BULLETIN_PUBLISH, new Publish(day, session.account().principal().name()), BusRetry.ONCE)
            .onSuccess(reply -> DeskForms.redirect(ctx, "/desk/" + day + "/deliveries?revision=" + reply.body().getInteger("revision")))
            .onFailure(failure -> DeskForms.failed(ctx, failure));
        return;
      }
      Future<String> draft = markdown(new BulletinQuery(day, "md", true, null, false)).map(Optional::orElseThrow);
      Future<Optional<String>> published = markdown(new BulletinQuery(day, "md", false, null, true));
      Future<JsonObject> list = BusRetry.<JsonObject>request(vertx, Addresses.BULLETIN_LIST, null, BusRetry.READ).map(reply -> reply.body());
      Future.all(draft, published, list).onComplete(ar -> DeskForms.guarded(ctx, () -> {
        if (ar.failed()) {
          DeskForms.failed(ctx, ar.cause());
          return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("date", day);
        model.put("csrf", session.csrf());
        model.put("first", published.result().isEmpty());
        model.put("revision", latestRevision(list.result(), day));
        model.put("changes", published.result().map(before -> LineDiff.of(before, draft.result())).orElse(List.of()).stream()
            .map(c -> Map.of("kind", c.kind().name().toLowerCase(Locale.ROOT), "line", c.line().replace("**", ""))).toList());
        DeskPages.send(ctx, 200, "publish.ftlx", model);
      }));
    });
  }

  /** GET /desk/{date}/deliveries?revision=N: each subscription's delivery of that revision. */
  void deliveries(RoutingContext ctx) {
    DeskForms.signedIn(ctx).ifPresent(session -> {
      String day = ctx.pathParam("date");
      String revisionText = ctx.queryParams().get("revision");
      if (revisionText == null || !revisionText.matches("[1-9][0-9]{0,8}")) {
        DeskPages.message(ctx, 400, "请求有误", "revision 必须是正整数。", "/desk/" + day);
        return;
      }
      int revision = Integer.parseInt(revisionText);
      BusRetry.<JsonObject>request(vertx, Addresses.SUBSCRIPTION_LIST, null, BusRetry.READ)
          .compose(reply -> {
            List<JsonObject> subscriptions = reply.body().getJsonArray("subscriptions").stream().map(JsonObject.class::cast).toList();
            List<Future<Map<String, Object>>> states = subscriptions.stream().map(s -> delivery(s, day, revision)).toList();
            return Future.all(states).map(all -> states.stream().map(Future::result).toList());
          })
          .onSuccess(deliveries -> DeskPages.send(ctx, 200, "deliveries.ftlx", Map.of("date", day, "revision", revision,
              "deliveries", deliveries)))
          .onFailure(failure -> DeskForms.failed(ctx, failure));
    });
  }

  /** A subscription's delivery of a revision: pending until the outbox has tried, retrying after a failed try. */
  private Future<Map<String, Object>> delivery(JsonObject subscription, String day, int revision) {
    return BusRetry.<JsonObject>request(vertx, Addresses.SUBSCRIPTION_DELIVERIES, new SubscriptionRef(subscription.getString("id"), null),
            BusRetry.READ)
        .map(reply -> {
          Optional<JsonObject> found = reply.body().getJsonArray("deliveries").stream().map(JsonObject.class::cast)
              .filter(d -> day.equals(d.getString("date")) && revision == d.getInteger("revision") && "published".equals(d.getString("event")))
              .findFirst();
          String state = found.map(d -> "pending".equals(d.getString("state")) && d.getInteger("attempts", 0) > 0 ? "retrying"
              : d.getString("state")).orElse("pending");
          Map<String, Object> shown = new HashMap<>();
          shown.put("id", subscription.getString("id"));
          shown.put("name", subscription.getString("name"));
          shown.put("state", state);
          shown.put("state_label", STATE_LABELS.getOrDefault(state, state));
          shown.put("error", found.map(d -> d.getString("last_error")).orElse(null));
          return shown;
        });
  }

  /** The page's bulletin in Markdown, or none when that revision does not exist (a day never published). */
  private Future<Optional<String>> markdown(BulletinQuery query) {
    return BusRetry.<Buffer>request(vertx, Addresses.BULLETIN_GET, query, BusRetry.DOCUMENT)
        .map(reply -> Optional.of(reply.body().toString(StandardCharsets.UTF_8)))
        .recover(failure -> failure instanceof ReplyException reply && reply.failureCode() == 404 ? Future.succeededFuture(Optional.empty())
            : Future.failedFuture(failure));
  }

  private static int latestRevision(JsonObject list, String day) {
    return list.getJsonArray("bulletins", new JsonArray()).stream().map(JsonObject.class::cast)
        .filter(b -> day.equals(b.getString("date")))
        .flatMap(b -> b.getJsonArray("revisions", new JsonArray()).stream().map(JsonObject.class::cast))
        .mapToInt(r -> r.getInteger("revision", 0)).max().orElse(0);
  }
}
