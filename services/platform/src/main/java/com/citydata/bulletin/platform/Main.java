package com.citydata.bulletin.platform;

import com.citydata.bulletin.config.AppConfig;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the whole product in one JVM: {@code java -jar bulletin-platform.jar [--config FILE]}. */
@Command(name = "bulletin", mixinStandardHelpOptions = true, version = "bulletin 0.1.0",
    description = "Runs every bulletin service in one JVM, with embedded PostgreSQL and QuestDB unless configured otherwise.")
public final class Main implements Callable<Integer> {

  @Option(names = {"-c", "--config"}, description = "Properties file with settings (same keys as the environment variables).")
  private Path configFile;

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
    Platform platform = Platform.start(config.with(AppConfig.ADMIN_TOKEN, admin.token()));
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "bulletin-shutdown"));
    if (admin.generated()) {
      System.out.println("Admin token (shown once; kept in " + config.dataDir().resolve(AdminToken.FILE) + "): " + admin.token());
    }
    System.out.println("Bulletin API listening on http://" + config.httpHost() + ":" + platform.port()
        + " (data in " + config.dataDir().toAbsolutePath() + ", time series in "
        + (config.usesInflux() ? "InfluxDB " + config.require(AppConfig.INFLUX_URL) : "QuestDB") + ")");
    Thread.currentThread().join();
    return 0;
  }
}
