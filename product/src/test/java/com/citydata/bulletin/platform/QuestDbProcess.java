package com.citydata.bulletin.platform;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.net.LoopbackPorts;
import com.citydata.bulletin.platform.embedded.EmbeddedQuestDb;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A standalone QuestDB server in a process of its own, from the same Maven artifact the product embeds, so a test
 * can hang it (SIGSTOP), kill it and start it again on the same ports and files, as an operator's store would fail.
 */
final class QuestDbProcess implements AutoCloseable {
  private static final String PASSWORD = "standalone-questdb-password";
  private final Path root;
  private final int httpPort = LoopbackPorts.free();
  private final int pgPort = LoopbackPorts.free();
  private Process process;

  private QuestDbProcess(Path root) {
    this.root = root;
  }

  static QuestDbProcess start(Path root) throws Exception {
    QuestDbProcess db = new QuestDbProcess(root);
    db.launch();
    return db;
  }

  void launch() throws Exception {
    Files.createDirectories(root);
    String java = ProcessHandle.current().info().command().orElse("java");
    String questDbJar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.contains("questdb")).findFirst()
        .orElseThrow(() -> new IllegalStateException("no QuestDB jar on the test class path"));
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", questDbJar, "io.questdb.ServerMain", "-d", root.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("questdb.out").toFile()));
    builder.environment().putAll(EmbeddedQuestDb.settings(httpPort, pgPort, PASSWORD));
    process = builder.start();
    awaitUp(Duration.ofSeconds(60));
  }

  /** SIGSTOP: the server keeps its sockets and answers nothing, as a hung store does. */
  void suspend() throws Exception {
    signal("STOP");
  }

  void resume() throws Exception {
    signal("CONT");
  }

  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  AppConfig configure(AppConfig config) {
    return config
        .with(AppConfig.QUESTDB_HTTP_URL, "http://" + EmbeddedQuestDb.USER + ":" + PASSWORD + "@127.0.0.1:" + httpPort)
        .with(AppConfig.QUESTDB_PG_URL, "postgresql://" + EmbeddedQuestDb.USER + ":" + PASSWORD + "@127.0.0.1:" + pgPort + "/qdb");
  }

  /** One number from a query, over the PG wire. */
  long count(String sql) throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/qdb", EmbeddedQuestDb.USER, PASSWORD);
        var result = conn.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  List<Long> longs(String sql) throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/qdb", EmbeddedQuestDb.USER, PASSWORD);
        var result = conn.createStatement().executeQuery(sql)) {
      List<Long> values = new java.util.ArrayList<>();
      while (result.next()) {
        values.add(result.getLong(1));
      }
      return values;
    }
  }

  private void signal(String name) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + name + " failed");
    }
  }

  private void awaitUp(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("QuestDB exited: " + Files.readString(root.resolve("questdb.out")));
      }
      try {
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/exec?query=select%201"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((EmbeddedQuestDb.USER + ":" + PASSWORD).getBytes()))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (ping.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("QuestDB did not start within " + timeout);
  }

  @Override
  public void close() throws Exception {
    if (process != null && process.isAlive()) {
      resume();
      kill();
    }
  }
}
