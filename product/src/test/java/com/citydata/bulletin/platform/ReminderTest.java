package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.delivery.DingTalkMessage;
import com.citydata.bulletin.delivery.ReminderVerticle;
import com.citydata.bulletin.delivery.WebhookMessage;
import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The week's reminder of who has not reported, through the outbox to a loopback DingTalk robot and a webhook: the
 * silent units per family, signed, once however many instances and requests there are; nothing in a week where all
 * reported; nothing to a subscription that did not ask for reminders.
 */
class ReminderTest {
  private static final String SILENT_WEEK = "2018-07-20";
  private static final String FULL_WEEK = "2018-07-27";
  private static RunningPlatform running;
  private static Receiver robot;
  private static Receiver hook;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(new JsonObject().put("name", "市公安局").put("kind", "department"),
        new JsonObject().put("name", "市民政局").put("kind", "department"), new JsonObject().put("name", "市卫健委").put("kind", "department"));
    collector = running.collector("etl", "exchange");
    // All three reported the week before; only 市公安局 this week; all three the week after.
    for (String unit : List.of("市公安局", "市民政局", "市卫健委")) {
      post(unit, "2018-07-10T10:00:00+08:00");
      post(unit, "2018-07-24T10:00:00+08:00");
    }
    post("市公安局", "2018-07-16T10:00:00+08:00");
    robot = new Receiver(0);
    hook = new Receiver(0);
    subscribe("数据资源局工作群", "dingtalk", robot.url("/robot/send?access_token=t"), "SECrobot", "reminder");
    subscribe("统计平台", "webhook", hook.url("/hooks"), "hook-secret", "reminder");
    subscribe("只看发布", "webhook", hook.url("/published-only"), "other-secret", "published");
    // A second instance of the reminder service, as a second bulletin container would run.
    running.platform.vertx().deployVerticle(new ReminderVerticle(), new DeploymentOptions().setConfig(running.platform.config().toJson()))
        .await();
  }

  @AfterAll
  static void stop() {
    robot.close();
    hook.close();
    running.close();
  }

  private static void post(String unit, String time) {
    Api.Response posted = running.api.post("/api/v1/ingest/exchange", collector, new JsonObject().put("points", new JsonArray()
        .add(new JsonObject().put("time", time).put("direction", "collect").put("unit", unit).put("tables", 1).put("fields", 2)
            .put("records", 3))));
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
  }

  private static void subscribe(String name, String kind, String url, String secret, String event) {
    Api.Response created = running.api.post("/api/v1/subscriptions", RunningPlatform.ADMIN, new JsonObject().put("name", name)
        .put("kind", kind).put("url", url).put("secret", secret).put("events", new JsonArray().add(event)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  @Test
  void theSilentUnitsAreRemindedOnceSignedAndAFullWeekSendsNothing() throws Exception {
    // Two requests at once, to the two instances: one queues, the other is told it went out.
    CompletableFuture<Api.Response> first = CompletableFuture.supplyAsync(() -> remind(SILENT_WEEK));
    CompletableFuture<Api.Response> second = CompletableFuture.supplyAsync(() -> remind(SILENT_WEEK));
    List<Integer> statuses = List.of(first.get().status(), second.get().status());
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    JsonObject queued = (first.get().status() == 200 ? first.get() : second.get()).json();
    assertThat(queued.getJsonArray("silent").getJsonObject(0).getJsonArray("units")).containsExactly("市民政局", "市卫健委");
    assertThat((first.get().status() == 409 ? first.get() : second.get()).body()).contains("once a bulletin day");

    Receiver.Received dingtalk = awaitOne(robot, "/robot/send");
    String text = dingtalk.json().getJsonObject("markdown").getString("text");
    assertThat(text).contains("数据归集和推送").contains("市民政局、市卫健委").doesNotContain("市公安局").contains("/desk/" + SILENT_WEEK);
    long timestamp = Long.parseLong(dingtalk.params().get("timestamp"));
    assertThat(dingtalk.params().get("sign")).isEqualTo(DingTalkMessage.sign("SECrobot", timestamp));

    Receiver.Received webhook = awaitOne(hook, "/hooks");
    assertThat(webhook.json()).isEqualTo(new JsonObject().put("event", "reminder").put("date", SILENT_WEEK).put("silent", new JsonArray()
        .add(new JsonObject().put("family", "exchange").put("units", new JsonArray().add("市民政局").add("市卫健委")))));
    assertThat(webhook.headers().get(WebhookMessage.SIGNATURE_HEADER)).isEqualTo(WebhookMessage.signature("hook-secret",
        Buffer.buffer(webhook.body())));

    Api.Response full = remind(FULL_WEEK);
    assertThat(full.status()).as(full.body()).isEqualTo(200);
    assertThat(full.json().getJsonArray("silent")).isEmpty();
    Thread.sleep(3_000);
    assertThat(robot.received()).as("once, and nothing for the full week").hasSize(1);
    assertThat(hook.received()).as("nothing to the subscription to publications").hasSize(1);
    assertThat(remind("2018-02-30").status()).isEqualTo(400);
  }

  private static Api.Response remind(String day) {
    return running.api.post("/api/v1/reminders/" + day, RunningPlatform.ADMIN, "application/json", "");
  }

  private static Receiver.Received awaitOne(Receiver receiver, String path) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      List<Receiver.Received> got = receiver.received().stream().filter(r -> r.path().equals(path)).toList();
      if (!got.isEmpty()) {
        return got.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("nothing reached " + path + " within 30 s");
  }
}
