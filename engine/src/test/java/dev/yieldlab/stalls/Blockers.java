package dev.yieldlab.stalls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What an experiment's coroutine might do that holds the loop's thread: in a package of its own, as
 * an experiment's code would be, so that a stall report can find it as the user's frame.
 */
public final class Blockers {

  /** A body to run inside a coroutine. */
  @FunctionalInterface
  public interface Body {
    void run() throws Exception;
  }

  private Blockers() {}

  public static Body sleep(Duration hold) {
    return () -> Thread.sleep(hold.toMillis());
  }

  public static Body compute(Duration hold) {
    return () -> {
      long sink = 0;
      for (long end = System.nanoTime() + hold.toNanos(); System.nanoTime() < end; ) {
        sink += sink * 31 + 1;
      }
      if (sink == 42) {
        System.out.println(sink);
      }
    };
  }

  public static Body awaitLatch(Duration hold) {
    return () -> new CountDownLatch(1).await(hold.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reads from a server that never writes, until the read times out. */
  public static Body readSocket(int port, Duration hold) {
    return () -> {
      try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
        client.setSoTimeout((int) hold.toMillis());
        InputStream in = client.getInputStream();
        in.read();
      } catch (SocketTimeoutException expected) {
        // what the stall waited for
      } catch (IOException unexpected) {
        throw new IllegalStateException(unexpected);
      }
    };
  }
}
