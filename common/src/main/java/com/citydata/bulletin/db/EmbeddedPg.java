package com.citydata.bulletin.db;

import com.citydata.bulletin.net.LoopbackPorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** PostgreSQL started from io.zonky's packaged binaries, kept in the data directory across restarts. */
public final class EmbeddedPg implements AutoCloseable {
  private final EmbeddedPostgres postgres;

  private EmbeddedPg(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Blocks for a few seconds while PostgreSQL starts. */
  public static EmbeddedPg start(Path dataDir) throws IOException {
    Files.createDirectories(dataDir.getParent());
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setPort(LoopbackPorts.free())
        .start();
    return new EmbeddedPg(postgres);
  }

  public String url() {
    return "postgresql://postgres@127.0.0.1:" + postgres.getPort() + "/postgres";
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

}
