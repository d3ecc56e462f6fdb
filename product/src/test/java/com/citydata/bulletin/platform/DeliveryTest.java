package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.delivery.DeliveryVerticle;
import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A published bulletin reaches a DingTalk robot and a webhook on loopback, signed, with the figures and links; once,
 * through a receiver's outage, a restart of the product between attempts, and two delivery workers on one database.
 * Retries wait 1 to 4 s here (DELIVERY_RETRY_BASE_SECONDS, DELIVERY_RETRY_CAP_SECONDS) instead of 30 s to an hour.
 */
class DeliveryTest {
  /** How long the receiver stays down in the outage test. */
  private static final Duration OUTAGE = Duration.ofSeconds(60);
  private static final String BASE = "https://bulletin.example.gov.cn";
  private static final String DAY = "2018-07-20";
  private static final String DINGTALK_SECRET = "SEC7c3f0a9d2b41e8";
  private static final String WEBHOOK_SECRET = "webhook-s3cret";
  private static final Map<String, String> SETTINGS = Map.of(AppConfig.DELIVERY_RETRY_BASE_SECONDS, "1",
      AppConfig.DELIVERY_RETRY_CAP_SECONDS, "4", AppConfig.PUBLIC_BASE_URL, BASE);

  private RunningPlatform running;
  private final Receiver receiver = new Receiver(0);

  @AfterEach
  void stop() {
    if (running != null) {
      running.close();
    }
    receiver.close();
  }

  @Test
  void aPublishReachesDingTalkAndTheWebhookSignedWithTheFiguresAndLinks() throws Exception {
    start();
    String robot = subscribe("数据资源局工作群", "dingtalk", receiver.url("/robot/send?access_token=t0ken"), DINGTALK_SECRET, "published");
    String hook = subscribe("统计平台", "webhook", receiver.url("/hooks/bulletin"), WEBHOOK_SECRET, "published", "draft");
    Api.Response list = running.api.get("/api/v1/subscriptions", RunningPlatform.ADMIN);
    assertThat(list.json().getJsonArray("subscriptions")).hasSize(2);
    assertThat(list.body()).doesNotContain(DINGTALK_SECRET).doesNotContain(WEBHOOK_SECRET).doesNotContain("secret");

    publish();
    JsonObject bulletin = running.api.get("/api/v1/bulletins/" + DAY, RunningPlatform.ADMIN).json();
    await(Duration.ofSeconds(30), () -> receiver.received().size() == 2);

    Receiver.Received dingtalk = only("/robot/send");
    long timestamp = Long.parseLong(dingtalk.params().get("timestamp"));
    assertThat(Math.abs(System.currentTimeMillis() - timestamp)).isLessThan(Duration.ofHours(1).toMillis());
    assertThat(dingtalk.params().get("access_token")).isEqualTo("t0ken");
    assertThat(dingtalk.params().get("sign")).isEqualTo(Base64.getEncoder().encodeToString(
        hmac(DINGTALK_SECRET, (timestamp + "\n" + DINGTALK_SECRET).getBytes(StandardCharsets.UTF_8))));
    JsonObject markdown = dingtalk.json().getJsonObject("markdown");
    assertThat(dingtalk.json().getString("msgtype")).isEqualTo("markdown");
    assertThat(markdown.getString("title")).isEqualTo("每周通报 " + bulletin.getString("date_text"));
    String opening = bulletin.getJsonArray("sections").getJsonObject(0).getJsonArray("paragraphs").getJsonObject(0).getString("text");
    assertThat(markdown.getString("text"))
        .contains("**一、" + bulletin.getJsonArray("sections").getJsonObject(0).getString("title") + "**")
        .contains(opening.substring(0, opening.indexOf('。') + 1))
        .contains("(" + BASE + "/bulletins/" + DAY + "?revision=1)")
        .contains("[PDF](" + BASE + "/bulletins/" + DAY + ".pdf?revision=1)")
        .contains("[Word](" + BASE + "/bulletins/" + DAY + ".docx?revision=1)");

    Receiver.Received webhook = only("/hooks/bulletin");
    assertThat(webhook.headers().get("X-Bulletin-Signature"))
        .isEqualTo("sha256=" + HexFormat.of().formatHex(hmac(WEBHOOK_SECRET, webhook.body().getBytes(StandardCharsets.UTF_8))));
    JsonObject document = webhook.json();
    assertThat(document.getString("event")).isEqualTo("published");
    assertThat(document.getString("date")).isEqualTo(DAY);
    assertThat(document.getInteger("revision")).isEqualTo(1);
    assertThat(document.getString("url")).isEqualTo(BASE + "/bulletins/" + DAY + "?revision=1");
    assertThat(document.getString("pdf")).isEqualTo(BASE + "/bulletins/" + DAY + ".pdf?revision=1");
    assertThat(document.getString("docx")).isEqualTo(BASE + "/bulletins/" + DAY + ".docx?revision=1");
    JsonObject section = bulletin.getJsonArray("sections").getJsonObject(0);
    JsonObject paragraph = section.getJsonArray("paragraphs").getJsonObject(0);
    assertThat(document.getJsonObject("figures").getJsonObject("一、" + section.getString("title")).getJsonObject(paragraph.getString("heading")))
        .isEqualTo(paragraph.getJsonObject("figures"));
    assertThat(paragraph.getJsonObject("figures").getLong("weekly")).isEqualTo(1_273_000L);

    JsonObject delivery = deliveries(hook).getJsonObject(0);
    assertThat(webhook.headers().get("Idempotency-Key")).isEqualTo(delivery.getString("id"));
    assertThat(delivery.getString("state")).isEqualTo("delivered");
    assertThat(delivery.getInteger("attempts")).isEqualTo(1);
    assertThat(delivery.getInteger("last_status")).isEqualTo(200);
    assertThat(deliveries(robot).getJsonObject(0).getString("state")).isEqualTo("delivered");

    assertThat(running.api.delete("/api/v1/subscriptions/" + robot, RunningPlatform.ADMIN).status()).isEqualTo(204);
    assertThat(running.api.get("/api/v1/subscriptions/" + robot + "/deliveries", RunningPlatform.ADMIN).status()).isEqualTo(404);
    assertThat(running.api.delete("/api/v1/subscriptions/" + robot, RunningPlatform.ADMIN).status()).isEqualTo(404);
  }

  @Test
  void aHostThatIsNotAllowedIsRefusedAndNothingLeavesForIt() throws Exception {
    start();
    Api.Response refused = running.api.post("/api/v1/subscriptions", RunningPlatform.ADMIN, subscription("外部", "webhook",
        "http://192.0.2.10/hook", WEBHOOK_SECRET, "published"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("url");
    assertThat(refused.body()).contains("192.0.2.10").contains("DELIVERY_ALLOWED_HOSTS");
    assertThat(running.api.post("/api/v1/subscriptions", RunningPlatform.ADMIN, subscription("重定向", "webhook",
        "file:///etc/passwd", WEBHOOK_SECRET, "published")).status()).isEqualTo(400);
    assertThat(running.api.get("/api/v1/subscriptions", RunningPlatform.ADMIN).json().getJsonArray("subscriptions")).isEmpty();

    // Allowed when created, then the operator narrows the setting: what is queued for it is not sent.
    String hook = subscribe("本机", "webhook", receiver.url("/hook").replace("127.0.0.1", "localhost"), WEBHOOK_SECRET, "published");
    running = running.restartWith(AppConfig.DELIVERY_ALLOWED_HOSTS, "127.0.0.1");
    publish();
    await(Duration.ofSeconds(30), () -> "failed".equals(deliveries(hook).getJsonObject(0).getString("state")));
    assertThat(deliveries(hook).getJsonObject(0).getString("last_error")).contains("localhost").contains("not allowed");
    assertThat(receiver.received()).isEmpty();
  }

  @Test
  void theReceiverDownForAWhileGetsTheDeliveryOnceAfterRetries() throws Exception {
    start();
    String hook = subscribe("统计平台", "webhook", receiver.url("/hook"), WEBHOOK_SECRET, "published");
    receiver.down();
    publish();
    Thread.sleep(OUTAGE.toMillis());
    JsonObject waiting = deliveries(hook).getJsonObject(0);
    assertThat(waiting.getString("state")).isEqualTo("pending");
    assertThat(waiting.getInteger("attempts")).isGreaterThanOrEqualTo(5);
    assertThat(waiting.getInteger("last_status")).isNull();
    assertThat(waiting.getString("last_error")).isNotBlank();
    receiver.up();
    await(Duration.ofSeconds(30), () -> "delivered".equals(deliveries(hook).getJsonObject(0).getString("state")));
    Thread.sleep(3_000);
    assertThat(receiver.received()).hasSize(1);
    System.out.println("[reliability] delivery through a " + OUTAGE.toSeconds() + " s outage: delivered once after "
        + deliveries(hook).getJsonObject(0).getInteger("attempts") + " attempts");
  }

  @Test
  void aRestartBetweenAttemptsStillDeliversOnce() throws Exception {
    start();
    String hook = subscribe("统计平台", "webhook", receiver.url("/hook"), WEBHOOK_SECRET, "published");
    receiver.down();
    publish();
    await(Duration.ofSeconds(30), () -> deliveries(hook).getJsonObject(0).getInteger("attempts") >= 2);
    running = running.restart();
    receiver.up();
    await(Duration.ofSeconds(30), () -> "delivered".equals(deliveries(hook).getJsonObject(0).getString("state")));
    Thread.sleep(3_000);
    assertThat(receiver.received()).hasSize(1);
    assertThat(receiver.received().get(0).headers().get("Idempotency-Key")).isEqualTo(deliveries(hook).getJsonObject(0).getString("id"));
  }

  @Test
  void twoDeliveryWorkersOnOneDatabaseSendEachDeliveryOnce() throws Exception {
    start();
    Receiver slow = new Receiver(200);
    Vertx second = Vertx.vertx();
    try {
      List<String> hooks = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        hooks.add(subscribe("接收方" + i, "webhook", slow.url("/hook/" + i), WEBHOOK_SECRET, "published"));
      }
      second.deployVerticle(new DeliveryVerticle(), new DeploymentOptions().setConfig(running.platform.config().toJson())).await();
      publish();
      publish();
      await(Duration.ofSeconds(60), () -> hooks.stream().allMatch(h -> deliveries(h).stream().map(JsonObject.class::cast)
          .filter(d -> d.getString("state").equals("delivered")).count() == 2));
      Thread.sleep(3_000);
      Map<String, Long> perKey = slow.received().stream().collect(Collectors.groupingBy(r -> r.headers().get("Idempotency-Key"),
          Collectors.counting()));
      assertThat(perKey).hasSize(20);
      assertThat(perKey.values()).containsOnly(1L);
      assertThat(slow.received().stream().map(r -> r.json().getInteger("revision")).distinct()).containsExactlyInAnyOrder(1, 2);
    } finally {
      second.close().await();
      slow.close();
    }
  }

  private void start() throws Exception {
    running = RunningPlatform.start(SETTINGS);
    running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department"))));
    String collector = running.api.collector(RunningPlatform.ADMIN, "etl", "exchange");
    Api.Response posted = running.api.post("/api/v1/ingest/exchange", collector, new JsonObject().put("points", new JsonArray()
        .add(new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("direction", "collect").put("unit", "市公安局")
            .put("tables", 38).put("fields", 477).put("records", 1_273_000))));
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
  }

  private static JsonObject subscription(String name, String kind, String url, String secret, String... events) {
    return new JsonObject().put("name", name).put("kind", kind).put("url", url).put("secret", secret)
        .put("events", new JsonArray(List.of(events)));
  }

  private String subscribe(String name, String kind, String url, String secret, String... events) {
    Api.Response created = running.api.post("/api/v1/subscriptions", RunningPlatform.ADMIN, subscription(name, kind, url, secret, events));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).doesNotContain(secret);
    return created.json().getString("id");
  }

  private void publish() {
    Api.Response published = running.api.post("/api/v1/bulletins/" + DAY + "/publish", RunningPlatform.ADMIN, "application/json", "");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
  }

  private JsonArray deliveries(String subscription) {
    Api.Response response = running.api.get("/api/v1/subscriptions/" + subscription + "/deliveries", RunningPlatform.ADMIN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().getJsonArray("deliveries");
  }

  private Receiver.Received only(String path) {
    List<Receiver.Received> matching = receiver.received().stream().filter(r -> r.path().equals(path)).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private static byte[] hmac(String secret, byte[] data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac.doFinal(data);
  }

  private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
      Thread.sleep(200);
    }
  }
}
