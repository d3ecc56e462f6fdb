package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {
  @TempDir
  Path dataDir;

  @Test
  void generatedOnceKeptPrivatelyAndReused() throws Exception {
    AdminToken.Resolved first = AdminToken.resolve(Optional.empty(), dataDir);
    AdminToken.Resolved second = AdminToken.resolve(Optional.empty(), dataDir);

    assertThat(first.generated()).isTrue();
    assertThat(second.generated()).isFalse();
    assertThat(second.token()).isEqualTo(first.token()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(AdminToken.FILE)))).isEqualTo("rw-------");
  }

  @Test
  void theEnvironmentWinsAndNothingIsWritten() throws Exception {
    assertThat(AdminToken.resolve(Optional.of("from-env"), dataDir)).isEqualTo(new AdminToken.Resolved("from-env", false));
    assertThat(dataDir.resolve(AdminToken.FILE)).doesNotExist();
  }
}
