package com.citydata.bulletin.bench;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.net.LoopbackPorts;
import com.citydata.bulletin.testing.TempDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The product's shaded jar run as an operator runs it, {@code java -jar}, in a process of its own on its embedded
 * stores in a fresh data directory, so the RSS read from /proc is the product's alone and not the benchmark's.
 */
final class ProductJar implements AutoCloseable {
  static final String ADMIN = "bench-admin";
  /** Written by the product when it starts its embedded QuestDB (Platform.QUESTDB_PASSWORD). */
  private static final String QUESTDB_PASSWORD_FILE = "questdb-password";
  private static final Duration READY_WITHIN = Duration.ofSeconds(120);

  private final Path dataDir = TempDirs.create("bulletin-bench");
  /** The product's output, outside its data directory, which is the product's own; quoted when it fails to start. */
  private final Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
  private final int port = LoopbackPorts.free();
  private final Process process;

  private ProductJar(Path jar, List<String> javaOptions) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(javaOptions);
    command.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put(AppConfig.DATA_DIR, dataDir.toString());
    builder.environment().put(AppConfig.HTTP_HOST, "127.0.0.1");
    builder.environment().put(AppConfig.HTTP_PORT, String.valueOf(port));
    builder.environment().put(AppConfig.ADMIN_TOKEN, ADMIN);
    // The benchmark's collectors post far faster than any real one; the limit is not what is measured.
    builder.environment().put(AppConfig.RATE_LIMIT_PER_SECOND, "100000");
    builder.environment().put(AppConfig.RATE_LIMIT_BURST, "100000");
    process = builder.start();
  }

  /** Starts the jar and waits until /health/ready answers 200. */
  static ProductJar start(Path jar, List<String> javaOptions) throws Exception {
    ProductJar product = new ProductJar(jar, javaOptions);
    try {
      product.awaitReady();
      return product;
    } catch (Exception | Error e) {
      product.close();
      throw e;
    }
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    URI ready = URI.create(base() + "/health/ready");
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the product exited with " + process.exitValue() + "; its log: " + logText());
      }
      try {
        if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the product was not ready within " + READY_WITHIN.toSeconds() + " s; its log: " + logText());
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  /**
   * The embedded QuestDB's own line-protocol write, with its Basic credentials. The product picks the store's ports
   * itself and does not print them, so its one other HTTP listener is found among the process's sockets.
   */
  StoreWrite storeWrite() throws Exception {
    String password = Files.readString(dataDir.resolve(QUESTDB_PASSWORD_FILE), StandardCharsets.UTF_8).trim();
    String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    for (int candidate : ListeningPorts.of(pid())) {
      if (candidate != port && answersQuestDbPing(http, candidate, basic)) {
        return new StoreWrite(URI.create("http://127.0.0.1:" + candidate + "/api/v2/write?precision=ms"), basic);
      }
    }
    throw new IllegalStateException("no QuestDB HTTP listener among the product's sockets " + ListeningPorts.of(pid()));
  }

  /** QuestDB's HTTP server answers /ping with 204; the PG wire port does not speak HTTP and fails or times out. */
  private static boolean answersQuestDbPing(HttpClient http, int port, String basic) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping")).header("Authorization", basic)
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 204;
    } catch (java.io.IOException | InterruptedException notHttp) {
      return false;
    }
  }

  /** Where and how to write line protocol straight to the store. */
  record StoreWrite(URI uri, String authorization) {
  }

  private String logText() {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** SIGTERM, as an operator stops it; then the data directory and (unless -Dbench.keepLogs=true) the log go. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    TempDirs.delete(dataDir);
    if (Boolean.getBoolean("bench.keepLogs")) {
      System.out.println("the product's log is kept: " + log);
      return;
    }
    try {
      Files.deleteIfExists(log);
    } catch (java.io.IOException e) {
      System.err.println("could not delete the product's log: " + e);
    }
  }
}
