package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.platform.embedded.EmbeddedQuestDb;
import com.citydata.bulletin.testkit.Api;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product on its embedded stores, killed with SIGKILL under load and started again with no manual step, then
 * stopped with SIGTERM under load: every acknowledged point is in the store afterwards, and during the SIGTERM
 * every request is either answered or refused at connect, never cut off. The figures go to RELIABILITY.md.
 */
class ProcessCrashTest {
  /** Acknowledged points before each signal: enough that the signal lands on load, few enough for a busy machine. */
  private static final int LOAD = 60;
  private static final String ADMIN = "crash-admin";
  private static final String UNREAD = "connection: IOException HTTP/1.1 header parser received no bytes";

  @TempDir
  Path dir;

  @Test
  void sigkillAndSigtermUnderLoadLoseNothingAcknowledged() throws Exception {
    Path dataDir = dir.resolve("data");
    // Under this load a PDF renders in seconds, not one: a longer drain than the default keeps the test about
    // answering, not about the bound, which the product log's tally and the exit time show.
    ProductProcess product = new ProductProcess(dataDir, Map.of(AppConfig.ADMIN_TOKEN, ADMIN, AppConfig.SHUTDOWN_DRAIN_SECONDS, "30"));
    Duration firstStart = product.start();
    Api api = new Api(product.port());
    assertThat(api.put("/api/v1/catalog/units", ADMIN, new JsonObject().put("units", new JsonArray(List.of(
        new JsonObject().put("name", "市公安局").put("kind", "department"))))).status()).isEqualTo(200);
    String collector = api.collector(ADMIN, "crash-etl", "exchange");

    IngestLoad beforeKill = new IngestLoad(product.port(), collector, "市公安局", 4, 0, 100_000, Duration.ofMillis(10));
    Thread.sleep(5_000);
    beforeKill.awaitAcknowledged(LOAD, Duration.ofSeconds(60));
    product.kill();
    beforeKill.close();

    Duration restart = product.start();
    IngestLoad beforeTerm = new IngestLoad(product.port(), collector, "市公安局", 4, 100_000, 100_000, Duration.ofMillis(10));
    // Documents take a second or two to render: the requests most likely to be under way when SIGTERM comes.
    Map<String, Integer> documents = new ConcurrentHashMap<>();
    List<Thread> readers = IntStream.range(0, 2).mapToObj(i -> new Thread(() -> readDocuments(product.port(), collector, documents))).toList();
    readers.forEach(Thread::start);
    Thread.sleep(5_000);
    beforeTerm.awaitAcknowledged(LOAD, Duration.ofSeconds(60));
    Map.Entry<Duration, Integer> term = product.terminate();
    beforeTerm.close();
    for (Thread reader : readers) {
      reader.join(60_000);
    }

    Set<Long> stored = storedMinutes(dataDir);
    Set<Long> acknowledged = new HashSet<>(beforeKill.acknowledged);
    acknowledged.addAll(beforeTerm.acknowledged);
    long missing = acknowledged.stream().filter(m -> !stored.contains(m)).count();
    System.out.printf("[reliability] product log: %s%n", product.log().lines().filter(l -> l.contains("gateway drained")).findFirst().orElse("no drain line"));
    System.out.printf("[reliability] process crash: first start %d ms; SIGKILL after %d requests %s, restart to ready %d ms "
            + "with no manual step; SIGTERM after %d requests %s and PDF requests %s, exit %d after %d ms; acknowledged %d, stored %d, "
            + "acknowledged but missing %d%n",
        firstStart.toMillis(), beforeKill.sent(), beforeKill.outcomes(), restart.toMillis(), beforeTerm.sent(),
        beforeTerm.outcomes(), new TreeMap<>(documents), term.getValue(), term.getKey().toMillis(), acknowledged.size(), stored.size(), missing);

    assertThat(beforeKill.acknowledged).hasSizeGreaterThanOrEqualTo(LOAD);
    assertThat(beforeTerm.acknowledged).hasSizeGreaterThanOrEqualTo(LOAD);
    assertThat(missing).as("acknowledged points missing after SIGKILL and SIGTERM").isZero();
    // A connection the server accepted in the instant it stopped listening carries a request it never read; the
    // client sees it closed with no answer. That request is not lost, as the server's own tally shows: every
    // request it read, it answered.
    Matcher tally = Pattern.compile("gateway drained: (\\d+) requests read, (\\d+) answered, 0 still under way").matcher(product.log());
    assertThat(tally.find()).as("the drain's tally in the log").isTrue();
    assertThat(tally.group(2)).as("requests answered of those read").isEqualTo(tally.group(1));
    assertThat(beforeTerm.outcomes().keySet()).as("under SIGTERM every request is answered, or refused or closed before it was read")
        .allMatch(outcome -> outcome.equals("200") || outcome.equals("503") || outcome.startsWith("connection: ConnectException")
            || outcome.equals(UNREAD));
    assertThat(documents.keySet()).as("PDF requests under SIGTERM: answered, or refused or closed before they were read")
        .contains("200").allMatch(outcome -> outcome.equals("200") || outcome.equals("503")
            || outcome.startsWith("connection: ConnectException") || outcome.equals(UNREAD));
    assertThat(term.getKey()).as("the drain is bounded").isLessThan(Duration.ofSeconds(60));
  }

  /** Asks for the week's PDF until the product is gone, counting each outcome. */
  private static void readDocuments(int port, String token, Map<String, Integer> outcomes) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; i < 1_000; i++) {
      String outcome;
      try {
        outcome = String.valueOf(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/bulletins/2018-07-20.pdf"))
            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
      } catch (IOException e) {
        outcome = "connection: " + e.getClass().getSimpleName() + (e instanceof ConnectException ? "" : " " + e.getMessage());
      } catch (InterruptedException e) {
        return;
      }
      outcomes.merge(outcome, 1, Integer::sum);
      if (!outcome.equals("200")) {
        return;
      }
    }
  }

  /** Opens the stopped product's QuestDB files and reads which minutes are there. */
  private static Set<Long> storedMinutes(Path dataDir) throws Exception {
    String password = Files.readString(dataDir.resolve(Platform.QUESTDB_PASSWORD)).trim();
    try (EmbeddedQuestDb questDb = EmbeddedQuestDb.start(dataDir.resolve("questdb"), password);
        Connection conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + questDb.pgPort() + "/qdb", EmbeddedQuestDb.USER, password);
        ResultSet rows = conn.createStatement().executeQuery("SELECT records - 1 FROM exchange")) {
      Set<Long> minutes = new HashSet<>();
      while (rows.next()) {
        minutes.add(rows.getLong(1));
      }
      return minutes;
    }
  }
}
