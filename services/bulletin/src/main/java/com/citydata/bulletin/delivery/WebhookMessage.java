package com.citydata.bulletin.delivery;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.HexFormat;

/**
 * A webhook's message: {"event","date","revision","url","pdf","docx","figures"} as JSON (a reminder's is
 * {"event":"reminder","date","silent"}), signed in the
 * X-Bulletin-Signature header as {@code sha256=<hex HMAC-SHA256 of the body's bytes, keyed with the secret>}.
 */
public final class WebhookMessage {
  public static final String SIGNATURE_HEADER = "X-Bulletin-Signature";

  private WebhookMessage() {
  }

  public static Buffer body(JsonObject notice) {
    if (ReminderNotice.EVENT.equals(notice.getString("event"))) {
      return ReminderNotice.webhook(notice).toBuffer();
    }
    return new JsonObject()
        .put("event", notice.getString("event"))
        .put("date", notice.getString("date"))
        .put("revision", notice.getInteger("revision"))
        .put("url", notice.getString("url"))
        .put("pdf", notice.getString("pdf"))
        .put("docx", notice.getString("docx"))
        .put("figures", notice.getJsonObject("figures"))
        .toBuffer();
  }

  public static String signature(String secret, Buffer body) {
    return "sha256=" + HexFormat.of().formatHex(Hmac.sha256(secret, body.getBytes()));
  }
}
