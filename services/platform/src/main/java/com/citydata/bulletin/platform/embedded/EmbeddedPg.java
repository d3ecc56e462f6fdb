package com.citydata.bulletin.platform.embedded;

import com.citydata.bulletin.auth.KeptSecret;
import com.citydata.bulletin.net.LoopbackPorts;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL run from io.zonky's packaged binaries as a child of this process, its files kept in the data
 * directory across restarts. The product runs the server itself instead of through zonky's EmbeddedPostgres,
 * because that registers a shutdown hook of its own which stops the database while requests are still being
 * answered; here the product's single shutdown hook stops it last.
 *
 * <p>It listens on 127.0.0.1 only (no Unix socket) and admits only the user {@code postgres} with a password
 * generated on first start and kept, readable by its owner alone, in the data directory. A server left running
 * by a process killed with SIGKILL is found through its {@code postmaster.pid} and stopped before a new one starts:
 * the caller holds the data directory's lock, so no live process can still be using it.
 */
public final class EmbeddedPg implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPg.class);
  private static final String USER = "postgres";
  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final Duration SHUTDOWN = Duration.ofSeconds(30);
  private static final int BIND_ATTEMPTS = 3;

  private final Process server;
  private final int port;
  private final String password;

  private EmbeddedPg(Process server, int port, String password) {
    this.server = server;
    this.port = port;
    this.password = password;
  }

  /** Blocks for a few seconds while PostgreSQL starts; the first start also unpacks the binaries and runs initdb. */
  public static EmbeddedPg start(Path dataDir) throws IOException, InterruptedException {
    Path root = dataDir.toAbsolutePath().getParent();
    Path binaries = unpack(root.resolve("postgres-binaries"));
    Path passwordFile = root.resolve("postgres-password");
    KeptSecret kept = KeptSecret.readOrCreate(passwordFile);
    String password = kept.value();
    stopOrphan(dataDir);
    if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
      initdb(binaries, dataDir, passwordFile);
    } else if (kept.generated()) {
      // A data directory from an earlier release admitted anyone on loopback: give the user its password.
      singleUser(binaries, dataDir, "ALTER USER " + USER + " PASSWORD '" + password + "';");
    }
    Files.writeString(dataDir.resolve("pg_hba.conf"), "host all " + USER + " 127.0.0.1/32 scram-sha-256\n");
    for (int attempt = 1; ; attempt++) {
      int port = LoopbackPorts.free();
      Process server = new ProcessBuilder(command(binaries.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
          "-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
          "-c", "password_encryption=scram-sha-256"))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("postgres.log").toFile()))
          .start();
      if (awaitReady(server, dataDir)) {
        return new EmbeddedPg(server, port, password);
      }
      server.destroyForcibly().waitFor();
      if (attempt == BIND_ATTEMPTS) {
        throw new IOException("embedded PostgreSQL did not start; see " + root.resolve("postgres.log"));
      }
    }
  }

  public String url() {
    return "postgresql://" + USER + ":" + password + "@127.0.0.1:" + port + "/postgres";
  }

  /** A smart shutdown: the product has closed its connections by now, so PostgreSQL stops at once and cleanly. */
  @Override
  public void close() throws InterruptedException {
    server.destroy();
    if (!server.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
      LOG.warn("embedded PostgreSQL did not stop within {}; killing it", SHUTDOWN);
      server.destroyForcibly().waitFor();
    }
  }

  /** The server of a process killed with SIGKILL outlives it; it would refuse to let a new server start. */
  private static void stopOrphan(Path dataDir) throws IOException, InterruptedException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    if (orphan.isEmpty()) {
      return;
    }
    LOG.warn("stopping the embedded PostgreSQL (pid {}) left running by an earlier run of the product", orphan.get().pid());
    orphan.get().destroy();
    try {
      orphan.get().onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      orphan.get().destroyForcibly();
      orphan.get().onExit().join();
    }
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** postmaster.pid's eighth line turns to "ready" once the server accepts connections. */
  private static boolean awaitReady(Process server, Path dataDir) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    Path pidFile = dataDir.resolve("postmaster.pid");
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        return false;
      }
      if (Files.exists(pidFile)) {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() >= 8 && lines.get(0).trim().equals(String.valueOf(server.pid())) && lines.get(7).trim().equals("ready")) {
          return true;
        }
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static void initdb(Path binaries, Path dataDir, Path passwordFile) throws IOException, InterruptedException {
    Files.createDirectories(dataDir.getParent());
    run(new ProcessBuilder(command(binaries.resolve("bin/initdb").toString(), "-D", dataDir.toString(), "-U", USER,
        "-E", "UTF-8", "--locale=C", "--auth=scram-sha-256", "--pwfile=" + passwordFile)), null);
  }

  private static void singleUser(Path binaries, Path dataDir, String sql) throws IOException, InterruptedException {
    run(new ProcessBuilder(command(binaries.resolve("bin/postgres").toString(), "--single", "-D", dataDir.toString(), USER)), sql);
  }

  /**
   * PostgreSQL refuses to run as root. As root, it runs in a user namespace of its own ({@code unshare -U}) where it
   * is an ordinary user, as io.zonky's launcher does; the files stay the process owner's.
   */
  private static List<String> command(String... command) {
    List<String> full = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      if (!LinuxUtils.isUnshareAvailable()) {
        throw new IllegalStateException("PostgreSQL cannot run as root, and 'unshare -U' is not available: "
            + "run the product as an ordinary user, or set PG_URL to a PostgreSQL server");
      }
      full.addAll(List.of("unshare", "-U"));
    }
    full.addAll(List.of(command));
    return full;
  }

  private static void run(ProcessBuilder builder, String input) throws IOException, InterruptedException {
    Process process = builder.redirectErrorStream(true).start();
    try (OutputStream stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(builder.command().get(0) + " failed: " + output);
    }
  }

  /** Unpacks zonky's archive once; a marker written last tells a complete unpacking from one cut short. */
  private static Path unpack(Path dir) throws IOException {
    Path done = dir.resolve(".unpacked");
    if (Files.exists(done)) {
      return dir;
    }
    Files.createDirectories(dir);
    try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", System.getProperty("os.arch"));
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path target = dir.resolve(entry.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new IOException("archive entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(target.getParent());
          Files.deleteIfExists(target);
          Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
          if ((entry.getMode() & 0100) != 0) {
            target.toFile().setExecutable(true, true);
          }
        }
      }
    }
    if (!Files.exists(dir.resolve("bin/postgres"), LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("the PostgreSQL archive held no bin/postgres");
    }
    Files.createFile(done);
    return dir;
  }
}
