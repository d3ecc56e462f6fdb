package com.citydata.bulletin.bus;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.bus.Messages.BulletinQuery;
import com.citydata.bulletin.bus.Messages.FamilyQuery;
import com.citydata.bulletin.bus.Messages.NewSubscription;
import com.citydata.bulletin.bus.Messages.Notes;
import com.citydata.bulletin.bus.Messages.Publish;
import com.citydata.bulletin.bus.Messages.RankingBatch;
import com.citydata.bulletin.bus.Messages.RankingQuery;
import com.citydata.bulletin.bus.Messages.SubscriptionRef;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each message crosses to another cluster member whole, and within a process is handed over as it is. */
class MessagesTest {
  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    Messages.registerCodecs(vertx.eventBus());
  }

  @AfterAll
  static void stop() {
    vertx.close().await();
  }

  static List<Object> messages() {
    return List.of(
        new RankingQuery("exchange-collect", "2018-07-20", true),
        new RankingQuery("exchange-push", null, false),
        new RankingBatch(List.of(new RankingQuery("dingtalk-city", "2018-07-13", false), new RankingQuery("indicators", "2018-07-20", true))),
        new BulletinQuery("2018-07-20", "pdf", false, 3, true),
        new BulletinQuery("2018-07-20", "json", true, null, false),
        new Publish("2018-07-20", "editor-1"),
        new Notes("2018-07-20", "三", new JsonObject().put("lead", new JsonArray().add("按照“最多跑一次”改革要求")).put("carry", true), "admin"),
        new Notes("2018-07-20", "一", null, null),
        new NewSubscription(new JsonObject().put("name", "钉钉群").put("kind", "dingtalk"), "admin"),
        new SubscriptionRef("6f1c1b1e-3c55-4a4e-9f43-0c6a4f4b2a11", null),
        new FamilyQuery(new JsonObject().put("date", "2018-07-20")));
  }

  @ParameterizedTest
  @MethodSource("messages")
  <T> void crossesTheWireWholeAndStaysItselfWithinAProcess(T message) {
    @SuppressWarnings("unchecked")
    MessageCodec<T, T> codec = (MessageCodec<T, T>) Messages.CODECS.get(message.getClass());
    Buffer wire = Buffer.buffer("prefix");
    codec.encodeToWire(wire, message);

    assertThat(codec.decodeFromWire("prefix".length(), wire)).isEqualTo(message);
    assertThat(codec.transform(message)).isSameAs(message);
  }
}
