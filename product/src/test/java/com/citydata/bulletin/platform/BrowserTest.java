package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A reader with a browser: Debian's chromium, headless, opens the archive, follows the bulletin's link and reads
 * it, set in its own font. The screenshots stay in target/ for a person to look at. The browser may reach loopback
 * only: every other host resolves to nothing and goes through a proxy that does not exist.
 */
class BrowserTest {
  private static RunningPlatform running;
  private static ChromeDriver browser;

  @BeforeAll
  static void publishAndOpenABrowser() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department"))));
    String collector = running.api.collector(RunningPlatform.ADMIN, "etl", "exchange");
    Api.Response posted = running.api.post("/api/v1/ingest/exchange", collector, new JsonObject().put("points", new JsonArray()
        .add(new JsonObject().put("time", "2018-07-16T10:00:00+08:00").put("direction", "collect").put("unit", "市公安局")
            .put("tables", 38).put("fields", 477).put("records", 333_000_000L))));
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    assertThat(running.api.post("/api/v1/bulletins/2018-07-20/publish", RunningPlatform.ADMIN, "application/json", "").status())
        .isEqualTo(201);

    browser = Chromium.start("1024,1400", true);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    running.close();
  }

  @Test
  void aReaderOpensTheArchiveAndReadsTheBulletin() throws Exception {
    browser.get("http://127.0.0.1:" + running.platform.port() + "/bulletins");
    assertThat(browser.getTitle()).contains("每周通报");
    WebElement link = browser.findElement(By.cssSelector("#archive a.bulletin"));
    assertThat(link.getText()).isEqualTo("2018年7月20日");
    screenshot("browser-archive.png");

    link.click();
    assertThat(browser.getCurrentUrl()).endsWith("/bulletins/2018-07-20");
    String text = browser.findElement(By.tagName("body")).getText();
    assertThat(text).contains("每周通报").contains("一、数据归集和共享情况").contains("本周归集总量3.33亿条").contains("数据归集排名表")
        .doesNotContain("草稿");
    Object fontReady = browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "document.fonts.ready.then(() => done(document.fonts.check('16px \"Noto Sans SC\"', '归集') "
            + "&& [...document.fonts].some(f => f.family.includes('Noto Sans SC') && f.status === 'loaded')));");
    Object faces = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "Promise.allSettled([...document.fonts].map(f => f.load())).then(r => done(r.map(x => x.status + ' ' + (x.reason || ''))"
        + ".join(';') + ' | ' + [...document.fonts].map(f => f.family + ' ' + f.weight + ' ' + f.status).join(';')));");
    assertThat(fontReady).as("the page's own Noto Sans SC loaded: %s", faces).isEqualTo(true);
    screenshot("browser-bulletin.png");
  }

  private static void screenshot(String name) throws Exception {
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    assertThat(png).hasSizeGreaterThan(10_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    Files.write(Path.of("target", name), png);
  }
}
