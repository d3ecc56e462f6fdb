package com.citydata.bulletin.storage;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesPoint;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.testing.SharedQuestDb;
import com.citydata.bulletin.timeseries.TimeSeriesStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The reader contract on the embedded QuestDB, written through the product's writer. */
class QuestDbReaderTest extends TimeSeriesReaderContract {
  private AppConfig config;
  private TimeSeriesWriter writer;

  @BeforeEach
  void createSchema() throws Exception {
    config = SharedQuestDb.configure(AppConfig.load(Optional.empty(), Map.of()));
    SharedQuestDb.truncate(SCHEMAS.stream().map(SeriesSchema::measurement).toArray(String[]::new));
    TimeSeriesStore.ensureSchema(vertx, config, SCHEMAS).await();
    writer = TimeSeriesStore.writer(vertx, config);
  }

  @AfterEach
  void closeWriter() {
    writer.close().await();
  }

  @Override
  protected void write(List<SeriesPoint> points) {
    writer.write(LineBatch.of(points)).await();
  }

  @Override
  protected TimeSeriesReader newReader() {
    try {
      return TimeSeriesStore.reader(vertx, SharedQuestDb.configure(AppConfig.load(Optional.empty(), Map.of())));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
