package com.citydata.bulletin.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.net.LoopbackPorts;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.LineProtocol;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpLineWriterTest {
  @Test
  void aStoreThatCannotBeReachedFailsTheWriteInsteadOfDroppingIt() {
    Vertx vertx = Vertx.vertx();
    try {
      HttpLineWriter writer = new HttpLineWriter(vertx, "http://127.0.0.1:" + LoopbackPorts.free(), "t",
          HttpLineWriter.influxQuery("o", "b"), tables -> Future.succeededFuture());
      Future<Void> write = writer.write(LineBatch.of(List.of(TimeSeriesReaderContract.exchange(Instant.parse("2018-07-16T01:30:00Z"),
          "collect", "市公安局", 1, 1, 1))));
      assertThat(write.transform(ar -> Future.succeededFuture(ar.failed())).await()).isTrue();
      writer.close().await();
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void anHttpsStoreIsSpokenToInTls() {
    Vertx vertx = Vertx.vertx();
    try {
      Promise<Byte> firstByte = Promise.promise();
      NetServer server = vertx.createNetServer().connectHandler(socket -> socket.handler(bytes -> {
        firstByte.tryComplete(bytes.getByte(0));
        socket.close();
      })).listen(0, "127.0.0.1").await();
      HttpLineWriter writer = new HttpLineWriter(vertx, "https://127.0.0.1:" + server.actualPort(), "t",
          HttpLineWriter.influxQuery("o", "b"), tables -> Future.succeededFuture());
      writer.write(LineBatch.of(List.of(TimeSeriesReaderContract.exchange(Instant.parse("2018-07-16T01:30:00Z"),
          "collect", "市公安局", 1, 1, 1))));

      // 0x16 opens a TLS handshake record; a plain-text request would start with "POST".
      assertThat(firstByte.future().await()).isEqualTo((byte) 0x16);
      writer.close().await();
      server.close().await();
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void textFieldsAreQuotedStrings() {
    String line = LineProtocol.line(TimeSeriesReaderContract.catalogue(Instant.parse("2018-07-16T01:30:00Z"),
        "市残联", "CL330401", "残疾人证 \"副本\"", "已归集", 3, 0));
    assertThat(line).isEqualTo("contract_catalogue,code=CL330401,unit=市残联 added=3i,licence_name=\"残疾人证 \\\"副本\\\"\","
        + "uses=0i,work_status=\"已归集\" 1531704600000");
  }

  @Test
  void pointsBecomeLineProtocolWithEscapedTags() {
    String line = LineProtocol.line(TimeSeriesReaderContract.exchange(Instant.parse("2018-07-16T01:30:00Z"),
        "push", "市城管委, 等 其他", 38, 477, 1_273_000));
    assertThat(line).isEqualTo("contract_exchange,direction=push,unit=市城管委\\,\\ 等\\ 其他 field_count=477i,records=1273000i,table_count=38i 1531704600000");
  }
}
