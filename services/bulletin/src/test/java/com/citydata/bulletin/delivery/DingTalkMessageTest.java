package com.citydata.bulletin.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class DingTalkMessageTest {
  static final JsonObject NOTICE = new JsonObject().put("event", "published").put("date", "2018-07-20").put("revision", 2)
      .put("title", "每周通报 2018年7月20日")
      .put("headlines", new JsonArray().add(new JsonObject().put("section", "一、数据归集和共享情况")
          .put("text", "截至7月20日，共归集*数据*127.3万条。")))
      .put("figures", new JsonObject())
      .put("link_text", "2018年7月20日（第2版）")
      .put("url", "http://127.0.0.1:8080/bulletins/2018-07-20?revision=2")
      .put("pdf", "http://127.0.0.1:8080/bulletins/2018-07-20.pdf?revision=2")
      .put("docx", "http://127.0.0.1:8080/bulletins/2018-07-20.docx?revision=2");

  /**
   * DingTalk's documented algorithm: Base64(HMAC-SHA256(key = secret, timestamp + "\n" + secret)), then URL-encoded;
   * the expected value was computed apart from this code (Python's hmac, base64 and urllib.parse.quote_plus).
   */
  @Test
  void signsAsDingTalkDocumentsIt() {
    assertThat(DingTalkMessage.sign("SECexample0123456789", 1531965600000L)).isEqualTo("rsB3BCOx/eJlW2IHtK4XtJ27vpl4IqonjREsDYLZ9no=");
    assertThat(DingTalkMessage.signedUrl("https://oapi.dingtalk.com/robot/send?access_token=abc", "SECexample0123456789", 1531965600000L))
        .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1531965600000"
            + "&sign=rsB3BCOx%2FeJlW2IHtK4XtJ27vpl4IqonjREsDYLZ9no%3D");
    assertThat(DingTalkMessage.signedUrl("http://127.0.0.1/robot", "s", 1L)).startsWith("http://127.0.0.1/robot?timestamp=1&sign=");
  }

  @Test
  void isAMarkdownMessageWithTheHeadlinesAndTheThreeLinks() {
    JsonObject body = DingTalkMessage.body(NOTICE);
    assertThat(body.getString("msgtype")).isEqualTo("markdown");
    assertThat(body.getJsonObject("markdown").getString("title")).isEqualTo("每周通报 2018年7月20日");
    assertThat(body.getJsonObject("markdown").getString("text")).isEqualTo("#### 每周通报 2018年7月20日\n\n"
        + "**一、数据归集和共享情况**\n\n截至7月20日，共归集\\*数据\\*127.3万条。\n\n"
        + "[2018年7月20日（第2版）](http://127.0.0.1:8080/bulletins/2018-07-20?revision=2)"
        + " · [PDF](http://127.0.0.1:8080/bulletins/2018-07-20.pdf?revision=2)"
        + " · [Word](http://127.0.0.1:8080/bulletins/2018-07-20.docx?revision=2)");
  }

  @Test
  void aRefusalComesAsANonZeroErrcode() {
    assertThat(DingTalkMessage.refusal(Buffer.buffer("{\"errcode\":0,\"errmsg\":\"ok\"}"))).isEmpty();
    assertThat(DingTalkMessage.refusal(Buffer.buffer("{\"errcode\":310000,\"errmsg\":\"sign not match\"}")))
        .hasValue("DingTalk errcode 310000: sign not match");
    assertThat(DingTalkMessage.refusal(Buffer.buffer("<html>"))).isPresent();
  }
}
