package com.citydata.bulletin.platform.embedded;

import com.citydata.bulletin.net.LoopbackPorts;
import io.questdb.ServerMain;
import io.questdb.network.NetworkError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * QuestDB inside this JVM, the default time-series store. Every listener is bound to 127.0.0.1 on a free port
 * and telemetry is off: nothing it runs may reach another address.
 */
public final class EmbeddedQuestDb implements AutoCloseable {
  /** QuestDB's one user for the PG wire and HTTP alike; the password is the product's own, never the default. */
  public static final String USER = "admin";

  private final ServerMain server;
  private final int httpPort;
  private final int pgPort;
  private final String password;

  private EmbeddedQuestDb(ServerMain server, int httpPort, int pgPort, String password) {
    this.server = server;
    this.httpPort = httpPort;
    this.pgPort = pgPort;
    this.password = password;
  }

  private static final int BIND_ATTEMPTS = 3;
  /** A ceiling on QuestDB's native allocations (not its mapped files), in place of its default of 90 % of the machine. */
  private static final long RAM_LIMIT_BYTES = 512L << 20;

  /** Blocks for a few seconds while QuestDB starts; call it from a worker or before Vert.x starts. */
  public static EmbeddedQuestDb start(Path rootDir, String password) throws IOException {
    Path conf = Files.createDirectories(rootDir.resolve("conf"));
    try (InputStream logConf = EmbeddedQuestDb.class.getResourceAsStream("/questdb/log.conf")) {
      Files.copy(logConf, conf.resolve("log.conf"), StandardCopyOption.REPLACE_EXISTING);
    }
    // QuestDB reads its log settings once per JVM, from the file this property names.
    System.setProperty("out", conf.resolve("log.conf").toAbsolutePath().toString());
    // Free ports are found before QuestDB binds them, and another socket may take one in between: try afresh.
    for (int attempt = 1; ; attempt++) {
      int httpPort = LoopbackPorts.free();
      int pgPort = LoopbackPorts.free();
      Map<String, String> env = settings(httpPort, pgPort, password);
      ServerMain server = ServerMain.create(rootDir.toAbsolutePath().toString(), env);
      try {
        server.start();
        return new EmbeddedQuestDb(server, httpPort, pgPort, password);
      } catch (NetworkError taken) {
        server.close();
        if (attempt == BIND_ATTEMPTS) {
          throw taken;
        }
      }
    }
  }

  /**
   * How QuestDB's workers idle. A worker that found nothing to do in its last N passes over its jobs spins while N is
   * within the yield threshold, yields the CPU up to the nap threshold, sleeps 1 ms per pass up to the sleep
   * threshold, and beyond it sleeps the pool's sleep timeout per pass; any work puts N back to 0. QuestDB's defaults
   * (10, 7,000, 10,000 passes, 10 ms; 1,000 passes of spinning for WAL apply, view refresh and export) are for a
   * server with cores to spare: after each request every worker wakes a thousand times a second for about three
   * seconds, and when idle a hundred times a second, nine workers here. On two cores shared with the product's own
   * event loops, workers should park within a fraction of a second and wake rarely. The sleep timeout bounds what
   * an idle pool adds to the first request after a quiet spell: a write over HTTP waits up to one timeout for a
   * network worker and up to one more for WAL apply before the product's read-your-writes acknowledgement; once
   * busy, workers stay in the 1 ms naps and requests do not wait.
   */
  private static final String YIELD_THRESHOLD = "10";
  /** About 100 yields, well under a millisecond, before napping. */
  private static final String NAP_THRESHOLD = "100";
  /** About 200 ms of 1 ms naps: a burst of batches, or the WAL barrier's 5 ms polls, keeps workers awake. */
  private static final String SLEEP_THRESHOLD = "300";
  /** The network, query and write pools and WAL apply are on the ingest and read paths: 50 ms at most per hop. */
  private static final String SLEEP_TIMEOUT = "50ms";
  /** View refresh (the product creates no views) and export (COPY TO) run jobs of seconds: 100 ms is lost in them. */
  private static final String BACKGROUND_SLEEP_TIMEOUT = "100ms";

  /**
   * Loopback only, telemetry off, HTTP and PG wire on the given ports, both behind the password; a standalone
   * server takes these as its environment.
   */
  public static Map<String, String> settings(int httpPort, int pgPort, String password) {
    Map<String, String> settings = new HashMap<>(Map.ofEntries(
        Map.entry("QDB_HTTP_BIND_TO", "127.0.0.1:" + httpPort),
        Map.entry("QDB_PG_NET_BIND_TO", "127.0.0.1:" + pgPort),
        // Writes come over HTTP (/api/v2/write): the TCP and UDP line receivers and the health server stay off.
        Map.entry("QDB_LINE_TCP_ENABLED", "false"),
        Map.entry("QDB_LINE_UDP_ENABLED", "false"),
        Map.entry("QDB_HTTP_MIN_ENABLED", "false"),
        Map.entry("QDB_TELEMETRY_ENABLED", "false"),
        // A commit is on disk before QuestDB answers (fsync of the WAL segment): what a 200 says survives an operating
        // system crash or a power cut, not only a crash of the process (QuestDB's default, nosync, leaves it to the OS).
        Map.entry("QDB_CAIRO_COMMIT_MODE", "sync"),
        Map.entry("QDB_METRICS_ENABLED", "false"),
        // A small machine: QuestDB sizes each of its three pools (network, query, write) to the core count, beside the
        // product's own event loops. The network pool keeps two workers for writes over HTTP and the PG wire; the
        // product's reads and the write pool's jobs each do with one. (WAL apply, view refresh and export are pools of
        // their own, of 2, 2 and 1 workers on up to 8 cores; their counts are left at QuestDB's defaults.)
        Map.entry("QDB_SHARED_NETWORK_WORKER_COUNT", "2"),
        Map.entry("QDB_SHARED_QUERY_WORKER_COUNT", "1"),
        Map.entry("QDB_SHARED_WRITE_WORKER_COUNT", "1"),
        Map.entry("QDB_RAM_USAGE_LIMIT_BYTES", String.valueOf(RAM_LIMIT_BYTES)),
        Map.entry("QDB_PG_USER", USER),
        Map.entry("QDB_PG_PASSWORD", password),
        Map.entry("QDB_HTTP_USER", USER),
        Map.entry("QDB_HTTP_PASSWORD", password)));
    // The shared settings govern the network, query and write pools; HTTP and the PG wire run on the network
    // pool (their own worker counts are 0), so their http.worker.* and pg.worker.* thresholds would not apply.
    // WAL apply, view refresh and export have dedicated pools with thresholds of their own.
    idle(settings, "SHARED", SLEEP_TIMEOUT);
    idle(settings, "WAL_APPLY", SLEEP_TIMEOUT);
    idle(settings, "MAT_VIEW_REFRESH", BACKGROUND_SLEEP_TIMEOUT);
    idle(settings, "EXPORT", BACKGROUND_SLEEP_TIMEOUT);
    return Map.copyOf(settings);
  }

  private static void idle(Map<String, String> settings, String pool, String sleepTimeout) {
    settings.put("QDB_" + pool + "_WORKER_YIELD_THRESHOLD", YIELD_THRESHOLD);
    settings.put("QDB_" + pool + "_WORKER_NAP_THRESHOLD", NAP_THRESHOLD);
    settings.put("QDB_" + pool + "_WORKER_SLEEP_THRESHOLD", SLEEP_THRESHOLD);
    settings.put("QDB_" + pool + "_WORKER_SLEEP_TIMEOUT", sleepTimeout);
  }

  /** With the credentials in it, as QUESTDB_HTTP_URL takes them. */
  public String httpUrl() {
    return "http://" + USER + ":" + password + "@127.0.0.1:" + httpPort;
  }

  public String pgUrl() {
    return "postgresql://" + USER + ":" + password + "@127.0.0.1:" + pgPort + "/qdb";
  }

  public int pgPort() {
    return pgPort;
  }

  public String password() {
    return password;
  }

  @Override
  public void close() {
    server.close();
  }

}
