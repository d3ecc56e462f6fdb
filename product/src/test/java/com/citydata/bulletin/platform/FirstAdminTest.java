package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first admin as an operator makes it on a fresh machine: {@code bulletin account create} on the embedded stores,
 * the password from BULLETIN_PASSWORD, then the product started on the same data directory signs that account in.
 */
class FirstAdminTest {
  private static final String PASSWORD = "first-admin-password";

  @TempDir
  Path dir;

  private record Run(int exit, String output) {
  }

  private Run command(Path dataDir, String password, String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> line = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().put(AppConfig.DATA_DIR, dataDir.toString());
    builder.environment().put("BULLETIN_PASSWORD", password);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  @Test
  void theCommandLineMakesTheFirstAdminWhoThenSignsIn() throws Exception {
    Path dataDir = dir.resolve("data");
    Run tooShort = command(dataDir, "short", "account", "create", "--name", "管理员");
    assertThat(tooShort.exit()).isEqualTo(2);
    assertThat(tooShort.output()).contains("the password must be at least 12 characters");

    Run created = command(dataDir, PASSWORD, "account", "create", "--name", "管理员");
    assertThat(created.exit()).as(created.output()).isZero();
    assertThat(created.output()).contains("Account 管理员 (admin) created").doesNotContain(PASSWORD);
    Run again = command(dataDir, PASSWORD, "account", "create", "--name", "管理员");
    assertThat(again.exit()).as(again.output()).isEqualTo(1);
    assertThat(again.output()).contains("an account named '管理员' exists already");

    ProductProcess product = new ProductProcess(dataDir, Map.of(AppConfig.ADMIN_TOKEN, "first-admin-test-token"));
    product.start();
    try {
      DeskClient browser = new DeskClient(product.port());
      assertThat(browser.signIn("管理员", PASSWORD).status()).isEqualTo(303);
      assertThat(browser.json("GET", "/api/v1/accounts", null, null).body()).contains("\"name\":\"管理员\"").contains("\"role\":\"admin\"");
    } finally {
      product.terminate();
    }
  }
}
