package com.citydata.bulletin.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.exchange.Direction;
import com.citydata.bulletin.exchange.ExchangeSeries;
import com.citydata.bulletin.net.LoopbackPorts;
import com.influxdb.client.InfluxDBClientFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfluxLineWriterTest {
  @Test
  void aStoreThatCannotBeReachedFailsTheWriteInsteadOfDroppingIt() {
    Vertx vertx = Vertx.vertx();
    try {
      InfluxLineWriter writer = new InfluxLineWriter(vertx, InfluxDBClientFactory.create(
          "http://127.0.0.1:" + LoopbackPorts.free(), "t".toCharArray(), "o", "b"), tables -> Future.succeededFuture());
      Future<Void> write = writer.write(List.of(ExchangeSeries.point(Instant.parse("2018-07-16T01:30:00Z"),
          Direction.COLLECT, "市公安局", 1, 1, 1)));
      assertThat(write.transform(ar -> Future.succeededFuture(ar.failed())).await()).isTrue();
      writer.close().await();
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void pointsBecomeLineProtocolWithEscapedTags() {
    String line = InfluxLineWriter.toPoint(ExchangeSeries.point(Instant.parse("2018-07-16T01:30:00Z"),
        Direction.PUSH, "市城管委, 等 其他", 38, 477, 1_273_000)).toLineProtocol();
    assertThat(line).isEqualTo("exchange,direction=push,unit=市城管委\\,\\ 等\\ 其他 field_count=477i,records=1273000i,table_count=38i 1531704600000");
  }
}
