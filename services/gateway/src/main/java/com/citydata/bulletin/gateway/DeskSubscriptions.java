package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Sessions;
import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.bus.Messages.NewSubscription;
import com.citydata.bulletin.bus.Messages.SubscriptionRef;
import com.citydata.bulletin.domain.FieldError;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subscriptions' page, /desk/admin/subscriptions: every DingTalk group and webhook the bulletin is sent to
 * ({@code table#subscriptions}, a {@code <tr data-subscription data-kind>} each), a form that adds one, checked by
 * the bulletin service as the API's are (its URL to a host the operator allows), and a remove button for each.
 */
final class DeskSubscriptions {
  private static final String PAGE = "/desk/admin/subscriptions";
  private static final List<Map.Entry<String, String>> KINDS = List.of(Map.entry("dingtalk", "钉钉群机器人"),
      Map.entry("webhook", "网络回调（webhook）"));
  private static final List<Map.Entry<String, String>> EVENTS = List.of(Map.entry("published", "正式发布的通报"),
      Map.entry("draft", "定时生成的草稿"), Map.entry("reminder", "催报提醒（未报送的单位）"));
  private final Vertx vertx;
  private final ZoneId zone;

  DeskSubscriptions(Vertx vertx, ZoneId zone) {
    this.vertx = vertx;
    this.zone = zone;
  }

  void page(RoutingContext ctx) {
    DeskForms.admin(ctx).ifPresent(session -> show(ctx, session, 200,
        Optional.ofNullable(ctx.queryParams().get("done")).map(done -> "deleted".equals(done) ? "订阅已删除，未发出的推送随之取消。" : "订阅已添加。"),
        List.of(), new JsonObject()));
  }

  /** POST: a subscription, its secret kept to sign the messages and never shown again. */
  void create(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.ADMIN).ifPresent(session -> {
      JsonObject body = new JsonObject().put("name", DeskAdmin.field(ctx, "name")).put("kind", DeskAdmin.field(ctx, "kind"))
          .put("url", DeskAdmin.field(ctx, "url")).put("secret", DeskAdmin.field(ctx, "secret")).put("events", DeskAdmin.checked(ctx, "events"));
      BusRetry.<JsonObject>request(vertx, Addresses.SUBSCRIPTION_CREATE, new NewSubscription(body, session.account().principal().name()),
              BusRetry.ONCE)
          .onSuccess(reply -> DeskForms.redirect(ctx, PAGE + "?done=created"))
          .onFailure(failure -> DeskForms.guarded(ctx, () -> {
            if (failure instanceof ReplyException reply && reply.failureCode() == 400) {
              List<FieldError> problems = ApiErrors.serviceBody(reply).getJsonArray("details", new JsonArray()).stream()
                  .map(JsonObject.class::cast).map(FieldError::fromJson).toList();
              show(ctx, session, 400, Optional.empty(), problems, body.copy().put("secret", ""));
            } else {
              DeskForms.failed(ctx, failure);
            }
          }));
    });
  }

  /** POST …/{id}/delete: removes it, and what it has not yet been sent. */
  void delete(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.ADMIN).ifPresent(session -> BusRetry.request(vertx, Addresses.SUBSCRIPTION_DELETE,
            new SubscriptionRef(ctx.pathParam("id"), session.account().principal().name()), BusRetry.ONCE)
        .onSuccess(reply -> DeskForms.redirect(ctx, PAGE + "?done=deleted"))
        .onFailure(failure -> DeskForms.failed(ctx, failure)));
  }

  private void show(RoutingContext ctx, Sessions.Session session, int status, Optional<String> notice, List<FieldError> problems,
      JsonObject typed) {
    BusRetry.<JsonObject>request(vertx, Addresses.SUBSCRIPTION_LIST, null, BusRetry.READ).onSuccess(reply -> DeskForms.guarded(ctx, () -> {
      Map<String, Object> model = DeskAdmin.model(session, notice, problems);
      model.put("subscriptions", reply.body().getJsonArray("subscriptions").stream().map(JsonObject.class::cast)
          .map(s -> Map.<String, Object>of("id", s.getString("id"), "name", s.getString("name"), "kind", s.getString("kind"),
              "kind_label", label(KINDS, s.getString("kind")), "url", masked(s.getString("url")),
              "events", s.getJsonArray("events").stream().map(e -> label(EVENTS, String.valueOf(e))).toList(),
              "created", DeskForms.shown(Instant.parse(s.getString("created_at")), zone))).toList());
      JsonArray events = typed.getJsonArray("events", new JsonArray().add("published"));
      model.put("kinds", KINDS.stream().map(k -> Map.of("kind", k.getKey(), "label", k.getValue())).toList());
      model.put("events", EVENTS.stream()
          .map(e -> Map.<String, Object>of("event", e.getKey(), "label", e.getValue(), "checked", events.contains(e.getKey()))).toList());
      model.put("form", Map.of("name", typed.getString("name", ""), "kind", typed.getString("kind", "dingtalk"), "url", typed.getString("url", "")));
      DeskPages.send(ctx, status, "admin-subscriptions.ftlx", model);
    })).onFailure(failure -> DeskForms.failed(ctx, failure));
  }

  private static String label(List<Map.Entry<String, String>> labels, String key) {
    return labels.stream().filter(e -> e.getKey().equals(key)).map(Map.Entry::getValue).findFirst().orElse(key);
  }

  /** As the bulletin service's audit masks it: the robot's access_token is not for the page. */
  private static String masked(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query) + "?…";
  }
}
