package com.citydata.bulletin.platform;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.net.LoopbackPorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The product as an operator runs it: {@code java ... Main} in a process of its own, on its embedded stores under
 * a data directory, so a test can kill it with SIGKILL or stop it with SIGTERM and start it again.
 */
final class ProductProcess {
  private final Path dataDir;
  private final int port = LoopbackPorts.free();
  private final Map<String, String> settings;
  /** Kept in target/, not in the test's temporary folder, so a failed run's log is there to read. */
  private final Path log;
  private Process process;

  ProductProcess(Path dataDir, Map<String, String> settings) {
    this.dataDir = dataDir;
    this.settings = settings;
    this.log = Path.of("target", "product-" + dataDir.getParent().getFileName() + ".log").toAbsolutePath();
  }

  /** Starts the product and waits until /health/ready answers 200. */
  Duration start() throws Exception {
    long started = System.nanoTime();
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        Main.class.getName())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(settings);
    builder.environment().put(AppConfig.DATA_DIR, dataDir.toString());
    builder.environment().put(AppConfig.HTTP_PORT, String.valueOf(port));
    process = builder.start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the product exited with " + process.exitValue() + ": " + log());
      }
      try {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - started);
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the product was not ready within 120 s: " + log());
  }

  int port() {
    return port;
  }

  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** SIGTERM; returns how long the process took to exit, and its exit code. */
  Map.Entry<Duration, Integer> terminate() throws InterruptedException {
    long started = System.nanoTime();
    process.destroy();
    int code = process.waitFor();
    return Map.entry(Duration.ofNanos(System.nanoTime() - started), code);
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
