package com.citydata.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.delivery.BulletinNotice;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A delivery quotes the bulletin as composed: each section's opening sentence and the figures it states. */
class BulletinNoticeTest {
  @Test
  void headlinesAreEachSectionsFirstSentenceAsPrinted() {
    JsonObject bulletin = SampleBulletin.bulletin();
    JsonObject notice = BulletinNotice.published(bulletin, 3, "https://bulletin.example.gov.cn");
    JsonArray sections = bulletin.getJsonArray("sections");
    JsonArray headlines = notice.getJsonArray("headlines");
    assertThat(headlines).hasSize(sections.size());
    JsonObject first = sections.getJsonObject(0);
    String text = first.getJsonArray("paragraphs").stream().map(JsonObject.class::cast)
        .filter(p -> !p.getString("text").isEmpty()).findFirst().orElseThrow().getString("text");
    assertThat(headlines.getJsonObject(0).getString("section")).isEqualTo(first.getString("number") + "、" + first.getString("title"));
    assertThat(text).startsWith(headlines.getJsonObject(0).getString("text"));
    assertThat(headlines.getJsonObject(0).getString("text")).endsWith("。").doesNotContain("。。");
    assertThat(notice.getJsonObject("figures").getJsonObject("一、" + first.getString("title"))).isNotEmpty();
    assertThat(notice.getString("url")).isEqualTo("https://bulletin.example.gov.cn/bulletins/2018-07-20?revision=3");
    assertThat(notice.getString("pdf")).isEqualTo("https://bulletin.example.gov.cn/bulletins/2018-07-20.pdf?revision=3");
    assertThat(notice.getString("docx")).isEqualTo("https://bulletin.example.gov.cn/bulletins/2018-07-20.docx?revision=3");
    assertThat(notice.getString("title")).isEqualTo("每周通报 " + bulletin.getString("date_text"));
  }
}
