package dev.yieldlab.loop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Real peers for the socket tests, with plain blocking JDK sockets on a thread of their own, so that a
 * test can make the peer misbehave exactly (reset, close early, never answer) while the loop under
 * test waits. Each listens on an ephemeral port of 127.0.0.1 and is closed by the test.
 */
final class Peers {

  /** What a peer does with the one connection it accepts. */
  @FunctionalInterface
  interface Behaviour {
    void serve(Socket connection) throws Exception;
  }

  /** A listening socket on 127.0.0.1 that serves one connection on its own thread, then stops. */
  static final class OneShot implements AutoCloseable {
    private final ServerSocket listening;
    private final Thread thread;
    private final CountDownLatch served = new CountDownLatch(1);

    OneShot(Behaviour behaviour) {
      try {
        listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      } catch (IOException cannot) {
        throw new UncheckedIOException(cannot);
      }
      thread = Thread.ofPlatform().daemon().name("peer-" + listening.getLocalPort()).start(() -> {
        try (Socket connection = listening.accept()) {
          behaviour.serve(connection);
        } catch (Exception ignored) {
          // the peer's own errors are not what these tests look at
        } finally {
          served.countDown();
        }
      });
    }

    int port() {
      return listening.getLocalPort();
    }

    @Override
    public void close() throws Exception {
      listening.close();
      thread.interrupt();
      served.await(5, TimeUnit.SECONDS);
    }
  }

  /** A port of 127.0.0.1 on which nothing listens (it was free a moment ago). */
  static int freePort() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException cannot) {
      throw new UncheckedIOException(cannot);
    }
  }

  /** Waits until the peer has read {@code n} bytes, so it answers only once the request is there. */
  static byte[] readFully(InputStream in, int n) throws IOException {
    return in.readNBytes(n);
  }

  /** Closes {@code connection} with a reset (RST) rather than an orderly close (FIN). */
  static void reset(Socket connection) throws IOException {
    connection.setSoLinger(true, 0);
    connection.close();
  }

  private Peers() {}
}
