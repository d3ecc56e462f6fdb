package com.citydata.bulletin.rollup;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.storage.TimeSeriesWriter;
import com.citydata.bulletin.testing.TestInfluxDb;
import com.citydata.bulletin.timeseries.TimeSeriesStore;
import io.vertx.core.Future;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** The roll-up contract on a real InfluxDB 1.x, written through its /write endpoint as the other InfluxQL tests are. */
class RollupReaderInfluxTest extends RollupReaderContract {
  private String database;

  @Override
  protected AppConfig storeConfig(String pgUrl) throws IOException {
    database = TestInfluxDb.newDatabase();
    return AppConfig.load(Optional.empty(), Map.of(
        AppConfig.PG_URL, pgUrl,
        AppConfig.INFLUX_URL, TestInfluxDb.URL,
        AppConfig.INFLUX_TOKEN, "unused-by-1.x",
        AppConfig.INFLUX_ORG, "bulletin",
        AppConfig.INFLUX_BUCKET, database + "/autogen",
        AppConfig.INFLUX_DATABASE, database));
  }

  @Override
  protected TimeSeriesWriter newStoreWriter(AppConfig config) {
    return new TimeSeriesWriter() {
      @Override
      public Future<Void> write(LineBatch batch) {
        return vertx.executeBlocking(() -> {
          TestInfluxDb.write(database, batch.lines().toString().lines().toList());
          return null;
        });
      }

      @Override
      public Future<Void> ping() {
        return Future.succeededFuture();
      }

      @Override
      public Future<Void> close() {
        return Future.succeededFuture();
      }
    };
  }

  @Override
  protected TimeSeriesReader newStoreReader(AppConfig config) {
    return TimeSeriesStore.reader(vertx, config);
  }
}
