package com.citydata.bulletin.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {
  @TempDir
  Path dir;

  @Test
  void recordsComeOutInTheOrderTheyWentInAndSurviveAReopen() throws IOException {
    try (Spool spool = Spool.open(dir, 1 << 20, 64)) {
      for (int i = 0; i < 10; i++) {
        assertThat(spool.append(bytes("batch " + i))).isTrue();
      }
      assertThat(text(spool.peek().orElseThrow())).isEqualTo("batch 0");
      spool.remove();
      spool.remove();
    }
    try (Spool spool = Spool.open(dir, 1 << 20, 64)) {
      assertThat(spool.records()).isEqualTo(8);
      List<String> rest = new ArrayList<>();
      while (spool.peek().isPresent()) {
        rest.add(text(spool.peek().get()));
        spool.remove();
      }
      assertThat(rest).containsExactly("batch 2", "batch 3", "batch 4", "batch 5", "batch 6", "batch 7", "batch 8", "batch 9");
      assertThat(spool.pendingBytes()).isZero();
    }
  }

  @Test
  void consumedSegmentsAreDeletedSoTheDirectoryStaysSmall() throws IOException {
    try (Spool spool = Spool.open(dir, 1 << 20, 100)) {
      for (int i = 0; i < 50; i++) {
        spool.append(bytes("a record of some thirty bytes " + i));
      }
      assertThat(segments()).hasSizeGreaterThan(10);
      for (int i = 0; i < 50; i++) {
        spool.remove();
      }
      assertThat(segments()).hasSize(1);
      assertThat(Files.size(segments().get(0))).isZero();
    }
  }

  @Test
  void manyRecordsAreTakenAndRemovedAtOnceAcrossSegments() throws IOException {
    try (Spool spool = Spool.open(dir, 1 << 20, 64)) {
      for (int i = 0; i < 20; i++) {
        spool.append(bytes("record " + i));
      }
      assertThat(spool.peek(7, Long.MAX_VALUE)).extracting(SpoolTest::text)
          .containsExactly("record 0", "record 1", "record 2", "record 3", "record 4", "record 5", "record 6");
      assertThat(spool.peek(20, 20)).as("a byte budget, but always the oldest").extracting(SpoolTest::text)
          .containsExactly("record 0", "record 1");
      spool.remove(7);
      assertThat(text(spool.peek().orElseThrow())).isEqualTo("record 7");
    }
    try (Spool spool = Spool.open(dir, 1 << 20, 64)) {
      assertThat(spool.records()).isEqualTo(13);
      spool.remove(13);
      assertThat(spool.peek()).isEmpty();
      assertThat(segments()).hasSize(1);
    }
  }

  @Test
  void aRecordThatWouldPassTheBoundIsRefusedAndNothingIsWritten() throws IOException {
    try (Spool spool = Spool.open(dir, 100, 1000)) {
      assertThat(spool.append(new byte[60])).isTrue();
      long before = spool.pendingBytes();
      assertThat(spool.append(new byte[40])).isFalse();
      assertThat(spool.pendingBytes()).isEqualTo(before);
      assertThat(spool.records()).isEqualTo(1);
      spool.remove();
      assertThat(spool.append(new byte[40])).isTrue();
    }
  }

  @Test
  void aRecordTornByACrashIsCutOffAndTheOnesBeforeItKept() throws IOException {
    try (Spool spool = Spool.open(dir, 1 << 20, 1 << 20)) {
      spool.append(bytes("kept"));
      spool.append(bytes("torn in half"));
    }
    Path segment = segments().get(0);
    try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() - 5);
    }
    try (Spool spool = Spool.open(dir, 1 << 20, 1 << 20)) {
      assertThat(spool.records()).isEqualTo(1);
      assertThat(text(spool.peek().orElseThrow())).isEqualTo("kept");
      spool.append(bytes("after"));
      spool.remove();
      assertThat(text(spool.peek().orElseThrow())).isEqualTo("after");
    }
  }

  @Test
  void aSpoolIsOwnedByOneUserAtATime() throws IOException {
    try (Spool spool = Spool.open(dir, 1 << 20, 1 << 20)) {
      assertThatThrownBy(() -> Spool.open(dir, 1 << 20, 1 << 20)).isInstanceOf(IOException.class).hasMessageContaining("in use");
    }
  }

  private List<Path> segments() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".seg")).sorted().toList();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
