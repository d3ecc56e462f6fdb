package com.citydata.bulletin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {
  @TempDir
  Path dir;

  @Test
  void defaultsThenFileThenEnvironment() throws Exception {
    Path file = Files.writeString(dir.resolve("bulletin.properties"), "HTTP_PORT=9000\nBULLETIN_WEEKDAY=thursday\n");
    AppConfig config = AppConfig.load(Optional.of(file), Map.of("HTTP_PORT", "9100", "PATH", "/usr/bin"));
    assertThat(config.httpPort()).isEqualTo(9100);
    assertThat(config.bulletinWeekday()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(config.httpHost()).isEqualTo("127.0.0.1");
    assertThat(config.timezone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(config.get("PATH")).isEmpty();
    assertThat(AppConfig.fromJson(config.toJson()).httpPort()).isEqualTo(9100);
  }

  @Test
  void mistakesAreNamed() throws Exception {
    Path file = Files.writeString(dir.resolve("bulletin.properties"), "HTTP_PROT=9000\n");
    assertThatThrownBy(() -> AppConfig.load(Optional.of(file), Map.of())).hasMessageContaining("HTTP_PROT");
    assertThatThrownBy(() -> AppConfig.load(Optional.empty(), Map.of("HTTP_PORT", "eighty"))).hasMessageContaining("HTTP_PORT");
    assertThatThrownBy(() -> AppConfig.load(Optional.empty(), Map.of("BULLETIN_TIMEZONE", "Mars/Olympus")))
        .hasMessageContaining("BULLETIN_TIMEZONE");
    assertThatThrownBy(() -> AppConfig.load(Optional.empty(), Map.of("INFLUX_URL", "http://127.0.0.1:8086")))
        .hasMessageContaining("INFLUX_TOKEN");
  }
}
