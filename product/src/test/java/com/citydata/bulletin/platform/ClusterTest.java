package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.net.LoopbackPorts;
import com.citydata.bulletin.platform.embedded.EmbeddedQuestDb;
import com.citydata.bulletin.testing.SharedQuestDb;
import com.citydata.bulletin.testing.TempDirs;
import com.citydata.bulletin.testing.TestPostgres;
import com.citydata.bulletin.testkit.Api;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three service processes on loopback form one Hazelcast cluster: the gateway with an exchange ingest, a second
 * exchange ingest, and ranking with bulletin. Requests cross processes over the event bus; when an ingest process
 * dies, collectors keep posting without a failed request.
 */
class ClusterTest {
  private static final String ADMIN = "cluster-admin";
  private final List<Process> processes = new ArrayList<>();
  private Path logs;

  @AfterEach
  void stopProcesses() throws InterruptedException {
    for (Process process : processes) {
      process.destroyForcibly().waitFor();
    }
    TempDirs.delete(logs);
  }

  @Test
  void servicesInThreeProcessesServeAsOneAndSurviveLosingAnIngestProcess() throws Exception {
    SharedQuestDb.truncate(FamilyRegistry.installed().measurements().toArray(String[]::new));
    EmbeddedQuestDb questDb = SharedQuestDb.get();
    logs = TempDirs.create("cluster-test");
    int httpPort = LoopbackPorts.free();
    List<Integer> clusterPorts = List.of(LoopbackPorts.free(), LoopbackPorts.free(), LoopbackPorts.free());
    Map<String, String> env = new LinkedHashMap<>();
    env.put(AppConfig.PG_URL, TestPostgres.newDatabase());
    env.put(AppConfig.QUESTDB_HTTP_URL, questDb.httpUrl());
    env.put(AppConfig.QUESTDB_PG_URL, questDb.pgUrl());
    env.put(AppConfig.ADMIN_TOKEN, ADMIN);
    env.put(AppConfig.HTTP_PORT, String.valueOf(httpPort));
    env.put(AppConfig.CLUSTER_HOST, "127.0.0.1");
    env.put(AppConfig.CLUSTER_MEMBERS, String.join(",", clusterPorts.stream().map(p -> "127.0.0.1:" + p).toList()));

    Process gateway = start("gateway,ingest-exchange", clusterPorts.get(0), env);
    Process secondIngest = start("ingest-exchange", clusterPorts.get(1), env);
    start("ranking,bulletin", clusterPorts.get(2), env);
    awaitOutput(gateway, "Bulletin API listening");

    Api api = new Api(httpPort);
    awaitClusterServes(api);
    assertThat(api.put("/api/v1/catalog/units", ADMIN, new JsonObject().put("units", new JsonArray()
        .add(new JsonObject().put("name", "市公安局").put("kind", "department")))).status()).isEqualTo(200);
    String collector = api.collector(ADMIN, "etl", "exchange");

    long posted = 0;
    for (int i = 0; i < 20; i++) {
      assertThat(post(api, collector, i).status()).isEqualTo(200);
      posted += 1000;
    }
    JsonObject ranking = api.get("/api/v1/rankings/exchange-collect?week=2018-07-20", collector).json();
    assertThat(ranking.getJsonObject("total").getLong("weekly")).isEqualTo(posted);
    Api.Response bulletin = api.get("/api/v1/bulletins/2018-07-20", collector);
    assertThat(bulletin.status()).isEqualTo(200);
    assertThat(bulletin.json().getJsonArray("attachments")).hasSize(1);

    secondIngest.destroyForcibly().waitFor();
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    int i = 20;
    while (System.nanoTime() < deadline) {
      Api.Response response = post(api, collector, i++);
      assertThat(response.status()).as("request %d after the ingest process died: %s", i, response.body()).isEqualTo(200);
      posted += 1000;
    }
    assertThat(api.get("/api/v1/rankings/exchange-collect?week=2018-07-20", collector).json()
        .getJsonObject("total").getLong("weekly")).isEqualTo(posted);
  }

  private static Api.Response post(Api api, String collector, int n) {
    return api.post("/api/v1/ingest/exchange", collector, new JsonObject().put("points", new JsonArray()
        .add(new JsonObject().put("time", String.format("2018-07-16T%02d:%02d:00+08:00", n / 60 % 24, n % 60))
            .put("direction", "collect").put("unit", "市公安局").put("tables", 38).put("fields", 477).put("records", 1000))));
  }

  /** Until every service has a member registered, the gateway answers 503; that is the cluster forming. */
  private static void awaitClusterServes(Api api) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (api.get("/api/v1/rankings/exchange-collect?week=2018-07-20", ADMIN).status() == 200) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the cluster did not serve rankings within a minute");
  }

  private Process start(String services, int clusterPort, Map<String, String> env) throws IOException {
    Path out = logs.resolve(services.replace(',', '_') + ".log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Dhazelcast.phone.home.enabled=false",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--cluster", "--services", services)
        .redirectErrorStream(true)
        .redirectOutput(out.toFile());
    builder.environment().putAll(env);
    builder.environment().put(AppConfig.CLUSTER_PORT, String.valueOf(clusterPort));
    builder.environment().put(AppConfig.DATA_DIR, logs.resolve(services.replace(',', '_')).toString());
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  private void awaitOutput(Process process, String text) throws Exception {
    Path out = logs.resolve("gateway_ingest-exchange.log");
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(out) && Files.readString(out).contains(text)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("the process died: " + Files.readString(out));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no '" + text + "' within 90 s: " + Files.readString(out));
  }
}
