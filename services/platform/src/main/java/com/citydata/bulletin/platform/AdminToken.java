package com.citydata.bulletin.platform;

import com.citydata.bulletin.auth.Tokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** The admin token: from ADMIN_TOKEN, else generated at first start and kept in the data directory. */
final class AdminToken {
  static final String FILE = "admin-token";

  /** The token and whether it was generated just now (and so must be shown once). */
  record Resolved(String token, boolean generated) {
  }

  private AdminToken() {
  }

  static Resolved resolve(Optional<String> configured, Path dataDir) throws IOException {
    if (configured.isPresent()) {
      return new Resolved(configured.get(), false);
    }
    Path file = dataDir.resolve(FILE);
    if (Files.exists(file)) {
      return new Resolved(Files.readString(file, StandardCharsets.UTF_8).trim(), false);
    }
    String token = Tokens.generate();
    DataDir.prepare(dataDir);
    Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the directory's own permissions protect the file.
    }
    return new Resolved(token, true);
  }
}
