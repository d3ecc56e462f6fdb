package com.citydata.bulletin.delivery;

import com.citydata.bulletin.markdown.MarkdownText;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A DingTalk custom robot's {@code markdown} message: the title, each section's headline sentence as the bulletin
 * prints it, and links to the page, the PDF and the Word file. DingTalk's signed robots take {@code timestamp} (epoch
 * milliseconds, within an hour of DingTalk's clock) and {@code sign}, Base64(HMAC-SHA256(secret, timestamp + "\n" +
 * secret)) URL-encoded, as query parameters, so each attempt is signed afresh.
 */
public final class DingTalkMessage {
  private DingTalkMessage() {
  }

  public static JsonObject body(JsonObject notice) {
    if (ReminderNotice.EVENT.equals(notice.getString("event"))) {
      return ReminderNotice.dingtalk(notice);
    }
    StringBuilder text = new StringBuilder("#### ").append(MarkdownText.escape(notice.getString("title"))).append("\n\n");
    if (notice.getString("status") != null) {
      text.append("*").append(MarkdownText.escape(notice.getString("status"))).append("*\n\n");
    }
    for (Object item : notice.getJsonArray("headlines")) {
      JsonObject headline = (JsonObject) item;
      text.append("**").append(MarkdownText.escape(headline.getString("section"))).append("**\n\n")
          .append(MarkdownText.escape(headline.getString("text"))).append("\n\n");
    }
    text.append("[").append(MarkdownText.escape(notice.getString("link_text"))).append("](").append(notice.getString("url"))
        .append(") · [PDF](").append(notice.getString("pdf")).append(") · [Word](").append(notice.getString("docx")).append(")");
    return new JsonObject().put("msgtype", "markdown")
        .put("markdown", new JsonObject().put("title", notice.getString("title")).put("text", text.toString()));
  }

  public static String sign(String secret, long timestampMillis) {
    byte[] mac = Hmac.sha256(secret, (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(mac);
  }

  /** The robot's URL (which carries its access_token) with the signature's two query parameters added. */
  public static String signedUrl(String url, String secret, long timestampMillis) {
    return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign="
        + URLEncoder.encode(sign(secret, timestampMillis), StandardCharsets.UTF_8);
  }

  /**
   * DingTalk answers a refused message with HTTP 200 and a non-zero errcode (a wrong signature, a blocked keyword);
   * empty when it took the message.
   */
  public static Optional<String> refusal(Buffer answer) {
    try {
      JsonObject json = new JsonObject(answer);
      int code = json.getInteger("errcode", 0);
      return code == 0 ? Optional.empty() : Optional.of("DingTalk errcode " + code + ": " + json.getString("errmsg", ""));
    } catch (DecodeException | ClassCastException e) {
      return Optional.of("DingTalk's answer is not its JSON: " + answer.toString().substring(0, Math.min(200, answer.length())));
    }
  }
}
