package com.citydata.bulletin.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testing.SharedQuestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The embedded QuestDB runs with the settings it is given, as its own SHOW PARAMETERS reports them. */
class EmbeddedQuestDbSettingsTest {

  @Test
  void idleWorkersParkSoonAndWakeWithinTheirSleepTimeout() throws Exception {
    Map<String, String> effective = new TreeMap<>();
    try (Connection conn = SharedQuestDb.connect();
         Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT property_path, value FROM (SHOW PARAMETERS)"
             + " WHERE property_path LIKE '%worker.%threshold' OR property_path LIKE '%worker.sleep.timeout'")) {
      while (rs.next()) {
        effective.put(rs.getString(1), rs.getString(2));
      }
    }
    for (String pool : new String[] {"shared", "wal.apply", "mat.view.refresh", "export"}) {
      assertThat(effective).containsEntry(pool + ".worker.yield.threshold", "10")
          .containsEntry(pool + ".worker.nap.threshold", "100")
          .containsEntry(pool + ".worker.sleep.threshold", "300");
    }
    assertThat(effective).containsEntry("shared.worker.sleep.timeout", "50ms")
        .containsEntry("wal.apply.worker.sleep.timeout", "50ms")
        .containsEntry("mat.view.refresh.worker.sleep.timeout", "100ms")
        .containsEntry("export.worker.sleep.timeout", "100ms");
  }

  @Test
  void aCommitIsOnDiskBeforeItIsAcknowledged() throws Exception {
    try (Connection conn = SharedQuestDb.connect();
         Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT value FROM (SHOW PARAMETERS) WHERE property_path = 'cairo.commit.mode'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("sync");
    }
  }
}
