package dev.yieldlab.experiments;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.io.Connection;
import dev.yieldlab.experiments.support.OsThreads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** One request to the {@link SlowServer}, as each C7 approach makes it: a line out, a line back, on a connection of its own. */
final class Requests {

  private Requests() {}

  /** With a blocking socket: the calling thread sleeps in the kernel until the answer comes. */
  static String blocking(int port, int i, Set<Long> kernelThreads) {
    OsThreads.currentTid().ifPresent(kernelThreads::add);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      out.write(("request " + i + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
    } catch (IOException failed) {
      throw new UncheckedIOException("request " + i + " to 127.0.0.1:" + port, failed);
    }
  }

  /** With the loop's sockets: the coroutine waits in the loop's selector, and other coroutines run meanwhile. */
  static String awaiting(Loop loop, int port, int i, Set<Long> kernelThreads) throws IOException {
    OsThreads.currentTid().ifPresent(kernelThreads::add);
    try (Connection connection = loop.connect("127.0.0.1", port)) {
      connection.write("request " + i + "\n");
      connection.drain();
      return connection.readLine();
    }
  }
}
