package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.io.Connection;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two socket behaviours that a mutation audit found untested: bytes already buffered when {@code
 * readExactly} grows its buffer past 64 KiB, and the loop polling its sockets while coroutines keep
 * the ready queue busy. Each test fails on the mutant it was written for (see docs/RELIABILITY.md).
 */
@DisplayName("Sockets: buffered bytes survive a growing read, and I/O is seen while coroutines stay ready")
@ExtendWith(NoFdLeaks.class)
class SocketEdgesTest {

  private final EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(20));

  /** A header line long enough that the read which finds its end also buffers the first bytes after it. */
  private static final int HEADER = 60_000;
  private static final int PAYLOAD = 200 * 1024;

  @Test
  @DisplayName("readExactly(200 KiB) after a readLine keeps the bytes that readLine had already buffered")
  void readExactlyAfterABufferedLine() throws Exception {
    byte[] header = ("h".repeat(HEADER) + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] payload = new byte[PAYLOAD];
    for (int i = 0; i < PAYLOAD; i++) {
      payload[i] = (byte) (i * 31 + 7);
    }
    CompletableFuture<Void> written = new CompletableFuture<>();
    try (Peers.OneShot peer = new Peers.OneShot(connection -> {
      OutputStream out = connection.getOutputStream();
      out.write(concat(header, payload)); // one write: the line's end and the payload's start come together
      out.flush();
      written.complete(null); // then closes: every byte sent is still read before the end of the stream
    })) {
      byte[][] got = loop.run("main", () -> {
        try (Connection client = loop.connect("127.0.0.1", peer.port())) {
          loop.await("peer wrote everything", written); // so that the first read fills the 64 KiB buffer
          String line = client.readLine();
          return new byte[][] {line.getBytes(StandardCharsets.US_ASCII), client.readExactly(PAYLOAD)};
        }
      });
      assertThat(got[0]).hasSize(HEADER);
      assertThat(Arrays.mismatch(got[1], payload)).as("first byte that differs from what the peer sent").isEqualTo(-1);
    }
  }

  @Test
  @DisplayName("a coroutine that yields again and again does not starve a socket read: the loop polls I/O each round")
  void spinningCoroutineDoesNotStarveARead() throws Exception {
    int limit = 200_000;
    long[] spinsWhenRead = {-1};
    try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String line = loop.run("main", () -> {
        try (Connection client = loop.connect("127.0.0.1", listening.getLocalPort());
            Socket peer = listening.accept()) { // already connected: the kernel accepted it for the backlog
          long[] spins = {0};
          Task<String> reader = loop.spawn("reader", () -> {
            String read = client.readLine(); // nothing there yet: waits in the selector
            spinsWhenRead[0] = spins[0];
            return read;
          });
          Task<Void> spinner = loop.spawn("spinner", () -> {
            peer.getOutputStream().write("ping\n".getBytes(StandardCharsets.US_ASCII)); // loopback: in the kernel now
            while (!reader.isDone() && spins[0] < limit) {
              spins[0]++;
              loop.yieldNow(); // always ready: the ready queue is never empty while it spins
            }
            return null;
          });
          loop.gather(reader, spinner);
          return reader.join();
        }
      });
      assertThat(line).isEqualTo("ping");
      assertThat(spinsWhenRead[0]).as("yields of the spinner before the reader got its line (limit %,d)", limit)
          .isBetween(0L, 1_000L);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
