package com.citydata.bulletin.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The real InfluxDB 1.x the InfluxQL tests read (TEST_INFLUX_URL, by default 127.0.0.1:8086, started by
 * .ci/start-influxdb). 1.x has no /api/v2/write, so test data goes in through its /write endpoint, as the same
 * line protocol the product's writer produces.
 */
public final class TestInfluxDb {
  public static final String URL = System.getenv().getOrDefault("TEST_INFLUX_URL", "http://127.0.0.1:8086");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private TestInfluxDb() {
  }

  public static String newDatabase() {
    String name = "bulletin_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    post("/query?q=" + URLEncoder.encode("CREATE DATABASE " + name, StandardCharsets.UTF_8), "");
    return name;
  }

  public static void write(String database, List<String> lines) {
    post("/write?precision=ms&db=" + database, String.join("\n", lines));
  }

  /** Runs an InfluxQL statement and returns the raw JSON answer. */
  public static String query(String database, String influxQl) {
    return post("/query?db=" + database + "&q=" + URLEncoder.encode(influxQl, StandardCharsets.UTF_8), "");
  }

  private static String post(String path, String body) {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(URL + path))
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("InfluxDB answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("InfluxDB at " + URL + " is needed by this test (bash .ci/start-influxdb)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
