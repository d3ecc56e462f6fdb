package com.citydata.bulletin.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class WebhookMessageTest {
  @Test
  void theBodyHoldsTheContractsFieldsAndNothingElse() {
    JsonObject body = new JsonObject(WebhookMessage.body(DingTalkMessageTest.NOTICE));
    assertThat(body.fieldNames()).containsExactlyInAnyOrder("event", "date", "revision", "url", "pdf", "docx", "figures");
    assertThat(body.getInteger("revision")).isEqualTo(2);
    assertThat(body.getString("pdf")).endsWith("/bulletins/2018-07-20.pdf?revision=2");
  }

  /** The expected value was computed apart from this code (Python's hmac with hashlib.sha256). */
  @Test
  void theSignatureIsTheHexHmacOfTheBodysBytes() {
    assertThat(WebhookMessage.signature("webhook-secret", Buffer.buffer("{\"event\":\"published\"}")))
        .isEqualTo("sha256=55ce7a855846d953a22e5d6ec653b22872fedffdc311fbe6009020e59743e66b");
  }
}
