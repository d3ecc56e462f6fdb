package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

/**
 * An editor's week at the desk in Debian's chromium, headless and without script: sign in, see who has not reported,
 * a collector posts and the unit leaves the list while the draft shows its figures, a section's note previewed,
 * saved and printed in the draft, publish (first the difference against the last revision, then the confirmation)
 * and see the delivery to a loopback webhook delivered, sign out; then an admin reads the audit log. After that week, an admin
 * adds a unit and moves it, registers a collector and revokes it, creates and changes an account, adds and removes
 * a DingTalk group, each refusal named on its page, and finds each change in the audit log. Screenshots of each step stay in
 * target/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserTest {
  private static final String DAY = "2018-07-20";
  private static RunningPlatform running;
  private static ChromeDriver browser;
  private static String collector;
  private static Receiver receiver;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(new JsonObject().put("name", "市公安局").put("kind", "department"),
        new JsonObject().put("name", "市民政局").put("kind", "department"));
    collector = running.collector("etl", "exchange");
    // Both reported in the weeks before, so both are expected this week; 市公安局 last week, with a third of this week's.
    post("市公安局", "2018-07-10T10:00:00+08:00", 100_000_000L);
    post("市民政局", "2018-07-06T10:00:00+08:00", 2_000);
    Api.Response editor = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, new JsonObject().put("name", "王编辑")
        .put("password", "editor-password-long").put("role", "editor"));
    assertThat(editor.status()).as(editor.body()).isEqualTo(201);
    Api.Response admin = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, new JsonObject().put("name", "李管理")
        .put("password", "admin-password-long").put("role", "admin"));
    assertThat(admin.status()).as(admin.body()).isEqualTo(201);

    receiver = new Receiver(0);
    Api.Response subscribed = running.api.post("/api/v1/subscriptions", RunningPlatform.ADMIN, new JsonObject().put("name", "统计平台")
        .put("kind", "webhook").put("url", receiver.url("/hooks/bulletin")).put("secret", "desk-test-secret")
        .put("events", new JsonArray().add("published")));
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
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
    if (receiver != null) {
      receiver.close();
    }
    running.close();
  }

  @Test
  @Order(1)
  void anEditorsWeekAtTheDesk() throws Exception {
    String base = "http://127.0.0.1:" + running.platform.port();
    browser.get(base + "/desk/" + DAY);
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/desk/login");
    browser.findElement(By.name("username")).sendKeys("王编辑");
    browser.findElement(By.name("password")).sendKeys("editor-password-long");
    screenshot("desk-1-login.png");
    submit(By.cssSelector("button[type=submit]"));
    assertThat(browser.getCurrentUrl()).matches(base + "/desk/\\d{4}-\\d{2}-\\d{2}");

    browser.get(base + "/desk/" + DAY);
    assertThat(missing()).containsExactly("exchange 市公安局", "exchange 市民政局");
    screenshot("desk-2-missing.png");

    post("市公安局", "2018-07-16T10:00:00+08:00", 333_000_000L);
    browser.navigate().refresh();
    assertThat(missing()).containsExactly("exchange 市民政局");
    assertThat(draftText()).contains("市公安局").contains("3.33亿");
    WebElement moved = browser.findElement(By.cssSelector("#check li[data-row='市公安局']"));
    assertThat(moved.getText()).contains("较上周 +233%");
    // Only collection was posted: pushing's paragraph and table will not print, and the page says so.
    List<String> leftOut = browser.findElements(By.cssSelector("#warnings li[data-left-out=paragraph][data-section='一']")).stream()
        .map(WebElement::getText).toList();
    assertThat(leftOut).anySatisfy(text -> assertThat(text).contains("数据推送情况")).noneSatisfy(text -> assertThat(text).contains("归集情况"));
    assertThat(browser.findElement(By.cssSelector("#warnings li[data-left-out=table][data-table=exchange-push]")).getText())
        .contains("数据推送排名表");
    assertThat(browser.findElements(By.cssSelector("#warnings li[data-table=exchange-collect]"))).isEmpty();
    screenshot("desk-3-reported.png");

    WebElement form = browser.findElement(By.cssSelector("form[data-section='二']"));
    form.findElement(By.name("lead")).sendKeys("请各单位于7月25日前完成接口目录的更新。");
    submit(By.cssSelector("form[data-section='二'] button[value=preview]"));
    assertThat(browser.findElement(By.cssSelector("[data-preview='二']")).getText()).isEqualTo("请各单位于7月25日前完成接口目录的更新。");
    assertThat(browser.findElement(By.id("notice")).getText()).contains("尚未保存");
    screenshot("desk-4-preview.png");
    submit(By.cssSelector("form[data-section='二'] button[value=save]"));
    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("第二部分的说明已保存。");
    assertThat(draftText()).contains("请各单位于7月25日前完成接口目录的更新。");
    screenshot("desk-5-saved.png");

    List<String> good = List.of("市公安局", "事项 1", "个人;", "https://127.0.0.1/apply/1", "是", "", "", "", "", "不可办", "许可-00001-000",
        "(五星)网上申报、全程在线、办结取件(统一认证)", "否", "否", "否", "地级市");
    List<String> bad = new java.util.ArrayList<>(good);
    bad.set(1, "事项 2");
    bad.set(4, "Y");
    Path badFile = register("register-bad.csv", List.of(good, bad));
    browser.findElement(By.cssSelector("form[data-upload=matters] input[name=file]")).sendKeys(badFile.toAbsolutePath().toString());
    submit(By.cssSelector("form[data-upload=matters] button"));
    List<WebElement> refused = browser.findElements(By.cssSelector("#refused li"));
    assertThat(refused).hasSize(1);
    assertThat(refused.get(0).getDomAttribute("data-row")).isEqualTo("3");
    assertThat(refused.get(0).getText()).contains("统一认证").contains("must be 是 or 否, got 'Y'");
    assertThat(matters()).isZero();
    screenshot("desk-6-refused.png");
    Path goodFile = register("register-good.csv", List.of(good));
    browser.findElement(By.cssSelector("form[data-upload=matters] input[name=file]")).sendKeys(goodFile.toAbsolutePath().toString());
    submit(By.cssSelector("form[data-upload=matters] button"));
    assertThat(browser.findElement(By.id("notice")).getText()).contains("文件已导入");
    assertThat(matters()).isEqualTo(1);

    submit(By.cssSelector("form[data-action=publish] button"));
    assertThat(browser.findElement(By.id("diff")).getDomAttribute("data-first")).isEqualTo("true");
    submit(By.cssSelector("form[data-action=publish-confirm] button"));
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/desk/" + DAY + "/deliveries?revision=1");
    assertThat(deliveredAfterReloads()).isEqualTo("delivered");
    assertThat(receiver.received()).hasSize(1);
    screenshot("desk-7-delivered.png");

    post("市民政局", "2018-07-17T10:00:00+08:00", 12_000_000L);
    browser.get(base + "/desk/" + DAY);
    assertThat(missing()).isEmpty();
    submit(By.cssSelector("form[data-action=publish] button"));
    List<String> added = browser.findElements(By.cssSelector("#diff li[data-change=added]")).stream().map(WebElement::getText).toList();
    assertThat(added).anySatisfy(line -> assertThat(line).contains("市民政局"));
    screenshot("desk-8-diff.png");
    submit(By.cssSelector("form[data-action=publish-confirm] button"));
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/desk/" + DAY + "/deliveries?revision=2");
    assertThat(deliveredAfterReloads()).isEqualTo("delivered");

    browser.get(base + "/desk/" + DAY);
    submit(By.cssSelector("header form button"));
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/desk/login");
    browser.get(base + "/desk/" + DAY);
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/desk/login");

    // An admin reads who did what: the editor's note and both publications, under the editor's name.
    browser.findElement(By.name("username")).sendKeys("李管理");
    browser.findElement(By.name("password")).sendKeys("admin-password-long");
    submit(By.cssSelector("button[type=submit]"));
    browser.get(base + "/desk/admin/audit");
    List<String> byEditor = browser.findElements(By.cssSelector("#audit tbody tr")).stream()
        .filter(tr -> tr.findElement(By.cssSelector("td:nth-child(2)")).getText().equals("王编辑"))
        .map(tr -> tr.getDomAttribute("data-action")).toList();
    assertThat(byEditor).containsExactly("bulletins.publish", "bulletins.publish", "bulletins.notes.put");
    screenshot("desk-9-audit.png");
  }

  @Test
  @Order(2)
  void anAdminKeepsTheCatalogCollectorsAccountsAndSubscriptions() throws Exception {
    String base = "http://127.0.0.1:" + running.platform.port();
    browser.get(base + "/desk/admin/units");
    if (browser.getCurrentUrl().endsWith("/desk/login")) {
      browser.findElement(By.name("username")).sendKeys("李管理");
      browser.findElement(By.name("password")).sendKeys("admin-password-long");
      submit(By.cssSelector("button[type=submit]"));
      browser.get(base + "/desk/admin/units");
    }

    // A unit added with an alias, then moved to the top of the catalog's order.
    WebElement unitForm = browser.findElement(By.cssSelector("form[data-admin=unit]"));
    unitForm.findElement(By.name("name")).sendKeys("市数据资源局");
    unitForm.findElement(By.name("aliases")).sendKeys("数据资源局");
    submit(By.cssSelector("form[data-admin=unit] button"));
    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("单位已保存。");
    submit(By.cssSelector("tr[data-unit='市数据资源局'] button[value=up]"));
    submit(By.cssSelector("tr[data-unit='市数据资源局'] button[value=up]"));
    assertThat(units()).containsExactly("市数据资源局", "市公安局", "市民政局");
    assertThat(running.api.get("/api/v1/catalog/units", RunningPlatform.ADMIN).json().getJsonArray("units").getJsonObject(0)
        .getString("name")).isEqualTo("市数据资源局");
    // An alias another unit holds is refused, naming the field, and nothing changes.
    unitForm = browser.findElement(By.cssSelector("form[data-admin=unit]"));
    unitForm.findElement(By.name("name")).sendKeys("市民政局");
    unitForm.findElement(By.name("aliases")).sendKeys("数据资源局");
    submit(By.cssSelector("form[data-admin=unit] button"));
    assertThat(browser.findElement(By.cssSelector("#problems li[data-field=aliases]")).getText()).contains("数据资源局");
    assertThat(running.api.get("/api/v1/catalog/units", RunningPlatform.ADMIN).json().getJsonArray("units").getJsonObject(2)
        .getJsonArray("aliases")).isEmpty();
    screenshot("desk-10-units.png");

    // A collector for that unit: its token shown once, working until it is revoked.
    browser.get(base + "/desk/admin/collectors");
    WebElement collectorForm = browser.findElement(By.cssSelector("form[data-admin=collector]"));
    collectorForm.findElement(By.name("name")).sendKeys("资源局报表");
    collectorForm.findElement(By.cssSelector("input[name=families][value=exchange]")).click();
    collectorForm.findElement(By.name("units")).sendKeys("数据资源局");
    submit(By.cssSelector("form[data-admin=collector] button"));
    String token = browser.findElement(By.id("token")).getText();
    screenshot("desk-11-token.png");
    Api.Response posted = running.api.post("/api/v1/ingest/exchange", token, new JsonObject().put("points", new JsonArray()
        .add(new JsonObject().put("time", "2018-07-18T10:00:00+08:00").put("direction", "collect").put("unit", "市数据资源局")
            .put("tables", 1).put("fields", 2).put("records", 3))));
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    browser.get(base + "/desk/admin/collectors");
    assertThat(browser.getPageSource()).doesNotContain(token);
    submit(By.xpath("//tr[td[1]='资源局报表']//button"));
    assertThat(browser.findElement(By.xpath("//tr[td[1]='资源局报表']")).getDomAttribute("data-state")).isEqualTo("revoked");
    assertThat(browser.findElement(By.xpath("//tr[td[1]='etl']")).getDomAttribute("data-state")).isEqualTo("active");
    assertThat(running.api.post("/api/v1/ingest/exchange", token, new JsonObject().put("points", new JsonArray())).status()).isEqualTo(401);

    // An account: a short password refused, then a reporter of that unit, then made a reader.
    browser.get(base + "/desk/admin/accounts");
    fillAccount("张报送", "short");
    submit(By.cssSelector("form[data-admin=account] button"));
    assertThat(browser.findElement(By.cssSelector("#problems li[data-field=password]")).getText()).contains("12");
    assertThat(browser.findElement(By.cssSelector("form[data-admin=account] input[name=name]")).getDomProperty("value")).isEqualTo("张报送");
    browser.findElement(By.cssSelector("form[data-admin=account] input[name=password]")).sendKeys("reporter-password-long");
    submit(By.cssSelector("form[data-admin=account] button"));
    WebElement row = browser.findElement(By.xpath("//tr[td[1]='张报送']"));
    assertThat(row.getDomAttribute("data-role")).isEqualTo("reporter");
    assertThat(row.getText()).contains("市数据资源局").contains("数据归集");
    screenshot("desk-12-accounts.png");
    row.findElement(By.linkText("修改")).click();
    browser.findElement(By.cssSelector("form[data-admin=account-change] select[name=role] option[value=reader]")).click();
    submit(By.cssSelector("form[data-admin=account-change] button[value=change]"));
    assertThat(browser.findElement(By.xpath("//tr[td[1]='张报送']")).getDomAttribute("data-role")).isEqualTo("reader");

    // A DingTalk group: an address the operator did not allow is refused; a loopback one is kept, then removed.
    browser.get(base + "/desk/admin/subscriptions");
    fillSubscription("数据资源局工作群", "http://10.1.2.3/robot/send?access_token=x");
    submit(By.cssSelector("form[data-admin=subscription] button"));
    assertThat(browser.findElement(By.cssSelector("#problems li[data-field=url]")).getText()).contains("10.1.2.3");
    assertThat(browser.findElements(By.cssSelector("tr[data-subscription]"))).hasSize(1);
    fillSubscription("", receiver.url("/robot/send?access_token=desk"));
    submit(By.cssSelector("form[data-admin=subscription] button"));
    assertThat(browser.findElements(By.cssSelector("tr[data-subscription][data-kind=dingtalk]"))).hasSize(1);
    screenshot("desk-13-subscriptions.png");
    submit(By.cssSelector("tr[data-subscription][data-kind=dingtalk] button"));
    assertThat(browser.findElements(By.cssSelector("tr[data-subscription]"))).hasSize(1);

    browser.get(base + "/desk/admin/audit");
    List<String> byAdmin = browser.findElements(By.cssSelector("#audit tbody tr")).stream()
        .filter(tr -> tr.findElement(By.cssSelector("td:nth-child(2)")).getText().equals("李管理"))
        .map(tr -> tr.getDomAttribute("data-action")).toList();
    assertThat(byAdmin).containsExactly("subscriptions.delete", "subscriptions.create", "accounts.update", "accounts.create",
        "collectors.revoke", "collectors.create", "catalog.units.order", "catalog.units.order", "catalog.units.upsert");
  }

  private static List<String> units() {
    return browser.findElements(By.cssSelector("#units tbody tr")).stream().map(tr -> tr.getDomAttribute("data-unit")).toList();
  }

  private static void fillAccount(String name, String password) {
    WebElement form = browser.findElement(By.cssSelector("form[data-admin=account]"));
    form.findElement(By.name("name")).clear();
    form.findElement(By.name("name")).sendKeys(name);
    form.findElement(By.name("password")).sendKeys(password);
    form.findElement(By.cssSelector("select[name=role] option[value=reporter]")).click();
    form.findElement(By.name("units")).clear();
    form.findElement(By.name("units")).sendKeys("市数据资源局");
    WebElement exchange = form.findElement(By.cssSelector("input[name=families][value=exchange]"));
    if (!exchange.isSelected()) {
      exchange.click();
    }
  }

  private static void fillSubscription(String name, String url) {
    WebElement form = browser.findElement(By.cssSelector("form[data-admin=subscription]"));
    form.findElement(By.name("name")).sendKeys(name);
    form.findElement(By.cssSelector("select[name=kind] option[value=dingtalk]")).click();
    form.findElement(By.name("url")).clear();
    form.findElement(By.name("url")).sendKeys(url);
    form.findElement(By.name("secret")).sendKeys("SEC0123456789abcdef");
  }

  /** A register as the office saves it from its spreadsheet, in target/. */
  private static Path register(String name, List<List<String>> rows) throws Exception {
    Path file = Path.of("target", name);
    Files.write(file, RegisterFiles.csv(RegisterFiles.COLUMNS, rows, java.nio.charset.StandardCharsets.UTF_8));
    return file;
  }

  /** How many matters the week's register summary counts. */
  private static long matters() {
    Api.Response summary = running.api.get("/api/v1/matters/summary?week=" + DAY, RunningPlatform.ADMIN);
    return summary.status() == 404 ? 0 : summary.json().getLong("matters", 0L);
  }

  /** Clicks a form's button and waits for the page it leads to: the old page's elements must not answer for the new. */
  private static void submit(By button) throws InterruptedException {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(button).click();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        page.isDisplayed();
      } catch (StaleElementReferenceException gone) {
        return;
      } catch (WebDriverException detached) {
        // Chromium's way of saying the same while the next page replaces the old one's nodes.
        if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
          return;
        }
        throw detached;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the page did not change after clicking " + button);
  }

  /** A person reloads the deliveries page until it settles; at most half a minute. */
  private static String deliveredAfterReloads() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String state = "";
    while (System.nanoTime() < deadline) {
      state = browser.findElement(By.cssSelector("#deliveries li")).getDomAttribute("data-state");
      if ("delivered".equals(state) || "failed".equals(state)) {
        return state;
      }
      Thread.sleep(500);
      browser.navigate().refresh();
    }
    return state;
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
