package com.citydata.bulletin.rollup;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.storage.TimeSeriesWriter;
import com.citydata.bulletin.testing.SharedQuestDb;
import com.citydata.bulletin.timeseries.TimeSeriesStore;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** The roll-up contract on the embedded QuestDB, written through the product's writer. */
class RollupReaderQuestDbTest extends RollupReaderContract {

  @Override
  protected AppConfig storeConfig(String pgUrl) throws IOException {
    return SharedQuestDb.configure(AppConfig.load(Optional.empty(), Map.of(AppConfig.PG_URL, pgUrl)));
  }

  @Override
  protected TimeSeriesWriter newStoreWriter(AppConfig config) {
    SharedQuestDb.truncate(SCHEMAS.stream().map(SeriesSchema::measurement).toArray(String[]::new));
    TimeSeriesStore.ensureSchema(vertx, config, SCHEMAS).await();
    return TimeSeriesStore.writer(vertx, config);
  }

  @Override
  protected TimeSeriesReader newStoreReader(AppConfig config) {
    return TimeSeriesStore.reader(vertx, config);
  }
}
