package com.citydata.bulletin.platform;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, as the browser tests drive it: it may reach loopback only (every other host resolves
 * to nothing and goes through a proxy that does not exist) and phones nowhere home.
 */
final class Chromium {
  private Chromium() {
  }

  /** @param script false for a browser that runs no script, as a person with script off sees the pages */
  static ChromeDriver start(String windowSize, boolean script) {
    ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=" + windowSize,
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability", "--no-pings",
        "--disable-client-side-phishing-detection", "--disable-features=Translate,OptimizationHints,MediaRouter",
        "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
    if (!script) {
      options.addArguments("--blink-settings=scriptEnabled=false");
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
        .withLogOutput(System.err).build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return browser;
  }
}
