package dev.yieldlab.benchmarks.io;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.io.Connection;
import dev.yieldlab.api.io.Server;
import dev.yieldlab.loop.EventLoop;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The echo workload both benchmarks share, each way: a server that sends back every {@value #SIZE}-byte
 * message, and clients that send one and wait for it back, {@code roundTrips} times on one
 * connection each; {@code onRoundTrip} gets each round trip's nanoseconds (or is null).
 */
public final class Echo {

  /** Bytes per message: a small request, as in a ping or a short RPC. */
  public static final int SIZE = 16;

  private Echo() {}

  /** Client and server coroutines on one loop, every wait in its selector. */
  public static void onLoop(int connections, int roundTrips, LongConsumer onRoundTrip) {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    loop.run("echo", () -> {
      Server server = loop.listen("echo server", "127.0.0.1", 0, Echo::echoEverything);
      List<Task<Void>> clients = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        clients.add(loop.spawn("client " + c, () -> client(loop, server.port(), roundTrips, onRoundTrip)));
      }
      loop.gather(clients.toArray(Task<?>[]::new));
      server.close();
      return null;
    });
  }

  private static void echoEverything(Connection connection) throws IOException {
    for (byte[] message = connection.read(4096); message.length > 0; message = connection.read(4096)) {
      connection.write(message);
      connection.drain();
    }
  }

  private static void client(Loop loop, int port, int roundTrips, LongConsumer onRoundTrip) throws IOException {
    byte[] message = new byte[SIZE];
    try (Connection connection = loop.connect("127.0.0.1", port)) {
      for (int i = 0; i < roundTrips; i++) {
        long start = System.nanoTime();
        connection.write(message);
        connection.drain();
        connection.readExactly(SIZE);
        if (onRoundTrip != null) {
          onRoundTrip.accept(System.nanoTime() - start);
        }
      }
    }
  }

  /** One platform thread per connection on each side, blocking sockets. */
  public static void onThreads(int connections, int roundTrips, LongConsumer onRoundTrip) {
    try (ServerSocket listening = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress())) {
      Thread acceptor = Thread.ofPlatform().daemon().name("echo acceptor").start(() -> {
        for (int c = 0; c < connections; c++) {
          try {
            Socket accepted = listening.accept();
            Thread.ofPlatform().daemon().name("echo server " + c).start(() -> echoEverything(accepted));
          } catch (IOException closed) {
            return;
          }
        }
      });
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        clients.add(Thread.ofPlatform().name("client " + c)
            .start(() -> blockingClient(listening.getLocalPort(), roundTrips, onRoundTrip)));
      }
      for (Thread client : clients) {
        client.join();
      }
      acceptor.join();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void echoEverything(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      byte[] buffer = new byte[4096];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    } catch (IOException peerGone) {
      // the client closed: this connection is done
    }
  }

  private static void blockingClient(int port, int roundTrips, LongConsumer onRoundTrip) {
    byte[] message = new byte[SIZE];
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setTcpNoDelay(true);
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      for (int i = 0; i < roundTrips; i++) {
        long start = System.nanoTime();
        out.write(message);
        if (in.readNBytes(SIZE).length < SIZE) {
          throw new IOException("the echo server closed early");
        }
        if (onRoundTrip != null) {
          onRoundTrip.accept(System.nanoTime() - start);
        }
      }
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
