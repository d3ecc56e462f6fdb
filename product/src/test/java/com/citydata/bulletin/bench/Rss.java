package com.citydata.bulletin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The product process's resident memory, sampled from /proc/PID/status while a phase runs: the highest VmRSS seen
 * in the phase, and VmHWM, the kernel's own peak over the process's life, at its end. The embedded PostgreSQL runs
 * as child processes of its own and is not counted.
 */
final class Rss implements AutoCloseable {
  private static final long SAMPLE_MILLIS = 100;

  private final Path status;
  private final AtomicLong phaseMaxKib = new AtomicLong();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "rss-sampler");
    thread.setDaemon(true);
    return thread;
  });

  Rss(long pid) {
    this.status = Path.of("/proc", String.valueOf(pid), "status");
    sampler.scheduleAtFixedRate(() -> phaseMaxKib.accumulateAndGet(kib("VmRSS"), Math::max), 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * What a phase's memory was, in MiB. At its end, RSS splits into anonymous memory (heap, metaspace, native buffers)
   * and mapped files (the jar, QuestDB's column files), which the kernel can drop under pressure.
   */
  record Figures(long maxMib, long nowMib, long anonMib, long fileMib, long peakMib) {
    @Override
    public String toString() {
      return String.format("RSS max %,d MiB in the phase, %,d MiB at its end (anonymous %,d, files %,d), process peak (VmHWM) %,d MiB",
          maxMib, nowMib, anonMib, fileMib, peakMib);
    }
  }

  /** Starts a phase: the highest RSS is counted afresh from now. */
  void startPhase() {
    phaseMaxKib.set(kib("VmRSS"));
  }

  Figures endPhase() {
    long now = kib("VmRSS");
    long max = phaseMaxKib.accumulateAndGet(now, Math::max);
    return new Figures(max >> 10, now >> 10, kib("RssAnon") >> 10, kib("RssFile") >> 10, kib("VmHWM") >> 10);
  }

  private long kib(String field) {
    try {
      return Files.readAllLines(status).stream().filter(l -> l.startsWith(field + ":"))
          .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
    } catch (IOException processGone) {
      return 0;
    }
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
