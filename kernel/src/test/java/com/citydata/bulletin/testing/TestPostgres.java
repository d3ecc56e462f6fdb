package com.citydata.bulletin.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh database on the real PostgreSQL the tests run against (TEST_PG_URL, by default the machine's server on
 * 127.0.0.1:5432), so test classes never see each other's rows. A server that is down fails the test.
 */
public final class TestPostgres {
  private static final String PREFIX = "bulletin_test_";
  private static final String SERVER = System.getenv().getOrDefault("TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres");

  private TestPostgres() {
  }

  private static boolean swept;

  /** @return a vertx-pg-client URI of a new, empty database */
  public static synchronized String newDatabase() {
    String name = PREFIX + ProcessHandle.current().pid() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection conn = DriverManager.getConnection(jdbc(SERVER), user(SERVER), null);
         Statement st = conn.createStatement()) {
      if (!swept) {
        dropEarlierRuns(st);
        swept = true;
      }
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed by this test", e);
    }
    return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
  }

  /**
   * Test databases of test JVMs that have ended; without this a machine that runs the suite daily would collect them
   * for ever. A database names the process that made it, so a suite running beside this one (another checkout, another
   * job on the same server) keeps its own.
   */
  private static void dropEarlierRuns(Statement st) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    for (String name : names) {
      if (!creatorAlive(name)) {
        st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }

  /** Names of older releases carry no process id: their process is long gone. */
  private static boolean creatorAlive(String name) {
    String[] parts = name.substring(PREFIX.length()).split("_");
    if (parts.length < 2 || !parts[0].chars().allMatch(Character::isDigit)) {
      return false;
    }
    return ProcessHandle.of(Long.parseLong(parts[0])).map(ProcessHandle::isAlive).orElse(false);
  }

  public static String jdbc(String uri) {
    String withoutScheme = uri.substring("postgresql://".length());
    String hostAndDb = withoutScheme.substring(withoutScheme.indexOf('@') + 1);
    return "jdbc:postgresql://" + hostAndDb;
  }

  public static String user(String uri) {
    String withoutScheme = uri.substring("postgresql://".length());
    return withoutScheme.substring(0, withoutScheme.indexOf('@'));
  }
}
