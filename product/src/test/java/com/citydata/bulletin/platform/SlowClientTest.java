package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.testkit.RunningPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Connections that send half a request, or their headers a byte at a time, are closed, not held for ever. */
class SlowClientTest {

  @Test
  void halfSentRequestsAreClosedAfterTheIdleTimeout() throws Exception {
    try (RunningPlatform running = RunningPlatform.start(Map.of(AppConfig.HTTP_IDLE_TIMEOUT_SECONDS, "2"))) {
      List<Socket> sockets = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Socket socket = new Socket("127.0.0.1", running.platform.port());
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        sockets.add(socket);
      }
      long start = System.nanoTime();
      for (Socket socket : sockets) {
        try (socket; InputStream in = socket.getInputStream()) {
          assertThat(in.read()).as("the server closed the half-sent request").isEqualTo(-1);
        }
      }
      assertThat((System.nanoTime() - start) / 1_000_000_000.0).as("seconds until all were closed").isLessThan(8.0);
      assertThat(running.api.get("/health", null).status()).as("the product still answers").isEqualTo(200);
    }
  }

  @Test
  void headersTricklingInAByteAtATimeAreCutOffAtTheHeaderTimeout() throws Exception {
    try (RunningPlatform running = RunningPlatform.start(Map.of(AppConfig.HTTP_IDLE_TIMEOUT_SECONDS, "30",
        AppConfig.HTTP_HEADER_TIMEOUT_SECONDS, "2"));
        Socket socket = new Socket("127.0.0.1", running.platform.port())) {
      socket.setSoTimeout(500);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
      long start = System.nanoTime();
      boolean closed = false;
      // A byte every half second keeps the idle timeout from ever firing.
      for (int i = 0; i < 40 && !closed; i++) {
        try {
          out.write('a');
          out.flush();
          closed = in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
          // nothing to read yet: send the next byte
        } catch (IOException reset) {
          closed = true;
        }
      }
      double seconds = (System.nanoTime() - start) / 1_000_000_000.0;
      assertThat(closed).as("the trickling connection was closed").isTrue();
      assertThat(seconds).as("seconds until it was closed").isBetween(1.5, 6.0);
      assertThat(running.api.get("/health", null).status()).as("a prompt request is still served").isEqualTo(200);
    }
  }
}
