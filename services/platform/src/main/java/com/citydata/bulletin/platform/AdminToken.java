package com.citydata.bulletin.platform;

import com.citydata.bulletin.auth.KeptSecret;
import java.io.IOException;
import java.nio.file.Path;
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
    DataDir.prepare(dataDir);
    KeptSecret kept = KeptSecret.readOrCreate(dataDir.resolve(FILE));
    return new Resolved(kept.value(), kept.generated());
  }
}
