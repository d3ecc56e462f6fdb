package com.citydata.bulletin.testkit;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.platform.Platform;
import com.citydata.bulletin.testing.SharedQuestDb;
import com.citydata.bulletin.testing.TempDirs;
import com.citydata.bulletin.testing.TestPostgres;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The product as the tests run it, with the families on the test's class path: a fresh database on the real
 * PostgreSQL, the shared embedded QuestDB emptied, HTTP on a free loopback port.
 */
public final class RunningPlatform implements AutoCloseable {
  public static final String ADMIN = "test-admin-token";

  public final Platform platform;
  public final Api api;
  private final AppConfig config;

  private RunningPlatform(Platform platform, AppConfig config) {
    this.platform = platform;
    this.config = config;
    this.api = new Api(platform.port());
  }

  /** Stops the product and starts it again on the same stores, as an operator's restart would. */
  public RunningPlatform restart() throws Exception {
    platform.close();
    return new RunningPlatform(Platform.start(config), config);
  }

  /** The same, with one setting changed, as an operator's edit of the configuration before a restart. */
  public RunningPlatform restartWith(String key, String value) throws Exception {
    platform.close();
    AppConfig changed = config.with(key, value);
    return new RunningPlatform(Platform.start(changed), changed);
  }

  public static RunningPlatform start(Map<String, String> settings) throws Exception {
    SharedQuestDb.truncate(FamilyRegistry.installed().measurements().toArray(String[]::new));
    Map<String, String> env = new HashMap<>(Map.of(
        AppConfig.HTTP_PORT, "0",
        AppConfig.ADMIN_TOKEN, ADMIN,
        AppConfig.PG_URL, TestPostgres.newDatabase(),
        AppConfig.DATA_DIR, TempDirs.create("bulletin-test").toString()));
    env.putAll(settings);
    AppConfig config = SharedQuestDb.configure(AppConfig.load(Optional.empty(), env));
    return new RunningPlatform(Platform.start(config), config);
  }

  /** Puts units in the catalog as the admin would; anything but a 200 fails the test. */
  public void putUnits(JsonObject... units) {
    Api.Response answer = api.put("/api/v1/catalog/units", ADMIN, new JsonObject().put("units", new JsonArray(List.of((Object[]) units))));
    if (answer.status() != 200) {
      throw new IllegalStateException("the catalog answered " + answer.status() + ": " + answer.body());
    }
  }

  /** Registers a collector for the families and returns its token. */
  public String collector(String name, String... families) {
    return api.collector(ADMIN, name, families);
  }

  public Path dataDir() {
    return config.dataDir();
  }

  @Override
  public void close() {
    platform.close();
    TempDirs.delete(config.dataDir());
  }
}
