package com.citydata.bulletin.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A bulletin's live JSON and its PDF, each read a few times after warm-up reads: the first reads of a date pay
 * class loading, font parsing and cold store pages once, which a reader of a published bulletin does not.
 */
final class BulletinReads {
  private static final int WARM_UPS = 2;
  private static final int READS = 10;

  private final Http http;
  private final String bulletins;
  private final String token;

  BulletinReads(Http http, String base, String token) {
    this.http = http;
    this.bulletins = base + "/api/v1/bulletins/";
    this.token = token;
  }

  record Figures(Latencies json, Latencies pdf) {
  }

  Figures of(String date) throws Exception {
    return new Figures(time(bulletins + date + "?draft=true"), time(bulletins + date + ".pdf?draft=true"));
  }

  private Latencies time(String url) throws Exception {
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < WARM_UPS + READS; i++) {
      long t0 = System.nanoTime();
      http.fetch(url, token);
      if (i >= WARM_UPS) {
        nanos.add(System.nanoTime() - t0);
      }
    }
    return new Latencies(nanos);
  }
}
