package com.citydata.bulletin.storage;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.series.LineProtocol;
import com.citydata.bulletin.series.SeriesPoint;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.testing.TestInfluxDb;
import com.citydata.bulletin.timeseries.TimeSeriesStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reader contract on a real InfluxDB 1.x, read through the product's InfluxQL reader. */
class InfluxQlReaderTest extends TimeSeriesReaderContract {
  private String database;

  @Override
  protected void write(List<SeriesPoint> points) {
    TestInfluxDb.write(database, points.stream().map(p -> LineProtocol.line(p)).toList());
  }

  @Override
  protected TimeSeriesReader newReader() {
    database = TestInfluxDb.newDatabase();
    try {
      AppConfig config = AppConfig.load(Optional.empty(), Map.of(
          AppConfig.INFLUX_URL, TestInfluxDb.URL,
          AppConfig.INFLUX_TOKEN, "unused-by-1.x",
          AppConfig.INFLUX_ORG, "bulletin",
          AppConfig.INFLUX_BUCKET, database + "/autogen",
          AppConfig.INFLUX_DATABASE, database));
      return TimeSeriesStore.reader(vertx, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
