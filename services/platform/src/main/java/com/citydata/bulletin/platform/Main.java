package com.citydata.bulletin.platform;

import com.citydata.bulletin.config.AppConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** Runs the whole product in one JVM: {@code java -jar bulletin-platform.jar [--config FILE]}. */
@Command(name = "bulletin", mixinStandardHelpOptions = true, version = "bulletin 0.1.0", subcommands = Main.Accounts.class,
    description = "Runs every bulletin service in one JVM, with embedded PostgreSQL and QuestDB unless configured otherwise.")
public final class Main implements Callable<Integer> {

  @Option(names = {"-c", "--config"}, description = "Properties file with settings (same keys as the environment variables).")
  private Path configFile;

  @Option(names = "--services", split = ",", paramLabel = "NAME",
      description = "Services to run in this process (default: all): gateway, ingest (every family's), ranking, "
          + "bulletin, or one family's ingest as ingest-<family>, e.g. ingest-exchange.")
  private List<String> services = List.of();

  @Option(names = "--cluster", description = "Join the Hazelcast cluster (CLUSTER_HOST, CLUSTER_PORT, CLUSTER_MEMBERS); "
      + "the stores must then be shared servers (PG_URL, and INFLUX_URL or QUESTDB_HTTP_URL and QUESTDB_PG_URL).")
  private boolean cluster;

  /** {@code bulletin account create …}. */
  @Command(name = "account", description = "Desk accounts.", subcommands = AccountCommand.class, mixinStandardHelpOptions = true)
  static final class Accounts {
  }

  public static void main(String[] args) {
    int exit = new CommandLine(new Main()).execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  @Override
  public Integer call() throws Exception {
    AppConfig config = AppConfig.load(Optional.ofNullable(configFile), System.getenv());
    AdminToken.Resolved admin = AdminToken.resolve(config.get(AppConfig.ADMIN_TOKEN), config.dataDir());
    List<Service> chosen = services.isEmpty() ? List.of(Service.values()) : services.stream().map(Service::named).distinct().toList();
    Platform platform = Platform.start(config.with(AppConfig.ADMIN_TOKEN, admin.token()), chosen, cluster);
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "bulletin-shutdown"));
    if (admin.generated()) {
      System.out.println("Admin token (shown once; kept in " + config.dataDir().resolve(AdminToken.FILE) + "): " + admin.token());
    }
    String running = chosen.stream().map(Service::cliName).collect(Collectors.joining(", "));
    if (platform.port() > 0) {
      System.out.println("Bulletin API listening on http://" + config.httpHost() + ":" + platform.port()
          + " (services: " + running + "; time series in "
          + (config.usesInflux() ? "InfluxDB " + config.require(AppConfig.INFLUX_URL) : "QuestDB") + ")");
      System.out.println("The office's desk: http://" + config.httpHost() + ":" + platform.port() + "/desk (the first account: "
          + "stop the product, then java -jar bulletin-platform.jar account create --name NAME)");
    } else {
      System.out.println("Bulletin services running: " + running + (cluster ? " (clustered)" : ""));
    }
    Thread.currentThread().join();
    return 0;
  }
}
