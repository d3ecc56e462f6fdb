package com.citydata.bulletin.testing;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.platform.embedded.EmbeddedQuestDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** One embedded QuestDB per test JVM: it takes seconds to start, and tests keep apart by the units they use. */
public final class SharedQuestDb {
  /** The tests' QuestDB is as closed as the product's: it admits only this password. */
  public static final String PASSWORD = "test-questdb-password";
  private static EmbeddedQuestDb instance;

  private SharedQuestDb() {
  }

  public static synchronized EmbeddedQuestDb get() {
    if (instance == null) {
      Path dir = TempDirs.create("questdb-test");
      try {
        instance = EmbeddedQuestDb.start(dir, PASSWORD);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedQuestDb started = instance;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        started.close();
        TempDirs.delete(dir);
      }));
    }
    return instance;
  }

  /** A connection over the PG wire, as the product's own readers make. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + get().pgPort() + "/qdb", EmbeddedQuestDb.USER, PASSWORD);
  }

  /** Empties the given tables so that a test starts from no data; test classes run one after another. */
  public static void truncate(String... tables) {
    EmbeddedQuestDb db = get();
    try (Connection conn = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + db.pgPort() + "/qdb", EmbeddedQuestDb.USER, PASSWORD);
         Statement st = conn.createStatement()) {
      for (String table : tables) {
        st.execute("TRUNCATE TABLE IF EXISTS " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Settings that point the product at the shared QuestDB. */
  public static AppConfig configure(AppConfig config) {
    EmbeddedQuestDb db = get();
    return config
        .with(AppConfig.QUESTDB_HTTP_URL, db.httpUrl())
        .with(AppConfig.QUESTDB_PG_URL, db.pgUrl());
  }
}
