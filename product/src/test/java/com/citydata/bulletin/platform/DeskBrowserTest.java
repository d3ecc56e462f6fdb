package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An editor's week at the desk in Debian's chromium, headless and without script: sign in, see who has not reported,
 * a collector posts and the unit leaves the list while the draft shows its figures, a section's note previewed,
 * saved and printed in the draft, sign out. Screenshots of each step stay in target/.
 */
class DeskBrowserTest {
  private static final String DAY = "2018-07-20";
  private static RunningPlatform running;
  private static ChromeDriver browser;
  private static String collector;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(new JsonObject().put("name", "市公安局").put("kind", "department"),
        new JsonObject().put("name", "市民政局").put("kind", "department"));
    collector = running.collector("etl", "exchange");
    // Both reported two weeks before, so both are expected this week.
    post("市公安局", "2018-07-06T10:00:00+08:00", 1_000);
    post("市民政局", "2018-07-06T10:00:00+08:00", 2_000);
    Api.Response editor = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, new JsonObject().put("name", "王编辑")
        .put("password", "editor-password-long").put("role", "editor"));
    assertThat(editor.status()).as(editor.body()).isEqualTo(201);

    browser = Chromium.start("1280,1600", false);
  }

  private static void post(String unit, String time, long records) {
    Api.Response posted = running.api.post("/api/v1/ingest/exchange", collector, new JsonObject().put("points", new JsonArray()
        .add(new JsonObject().put("time", time).put("direction", "collect").put("unit", unit)
            .put("tables", 38).put("fields", 477).put("records", records))));
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    running.close();
  }

  @Test
  void anEditorsWeekAtTheDesk() throws Exception {
    String base = "http://127.0.0.1:" + running.platform.port();
    browser.get(base + "/desk/" + DAY);
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/desk/login");
    browser.findElement(By.name("username")).sendKeys("王编辑");
    browser.findElement(By.name("password")).sendKeys("editor-password-long");
    screenshot("desk-1-login.png");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(browser.getCurrentUrl()).matches(base + "/desk/\\d{4}-\\d{2}-\\d{2}");

    browser.get(base + "/desk/" + DAY);
    assertThat(missing()).containsExactly("exchange 市公安局", "exchange 市民政局");
    screenshot("desk-2-missing.png");

    post("市公安局", "2018-07-16T10:00:00+08:00", 333_000_000L);
    browser.navigate().refresh();
    assertThat(missing()).containsExactly("exchange 市民政局");
    assertThat(draftText()).contains("市公安局").contains("3.33亿");
    screenshot("desk-3-reported.png");

    WebElement form = browser.findElement(By.cssSelector("form[data-section='二']"));
    form.findElement(By.name("lead")).sendKeys("请各单位于7月25日前完成接口目录的更新。");
    form.findElement(By.cssSelector("button[value=preview]")).click();
    assertThat(browser.findElement(By.cssSelector("[data-preview='二']")).getText()).isEqualTo("请各单位于7月25日前完成接口目录的更新。");
    assertThat(browser.findElement(By.id("notice")).getText()).contains("尚未保存");
    screenshot("desk-4-preview.png");
    browser.findElement(By.cssSelector("form[data-section='二'] button[value=save]")).click();
    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("第二部分的说明已保存。");
    assertThat(draftText()).contains("请各单位于7月25日前完成接口目录的更新。");
    screenshot("desk-5-saved.png");

    browser.findElement(By.cssSelector("header form button")).click();
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/desk/login");
    browser.get(base + "/desk/" + DAY);
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/desk/login");
  }

  private static List<String> missing() {
    return browser.findElements(By.cssSelector("#missing li")).stream()
        .map(li -> li.getDomAttribute("data-family") + " " + li.getDomAttribute("data-unit")).toList();
  }

  private static String draftText() {
    browser.switchTo().frame(browser.findElement(By.id("draft")));
    try {
      return browser.findElement(By.tagName("body")).getText();
    } finally {
      browser.switchTo().defaultContent();
    }
  }

  private static void screenshot(String name) throws Exception {
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    assertThat(png).hasSizeGreaterThan(10_000);
    Files.write(Path.of("target", name), png);
  }
}
