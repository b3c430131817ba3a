package dev.yieldlab.experiments;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Connection;
import dev.yieldlab.api.Server;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The slow service of claim C7: a real listening socket on 127.0.0.1 (an ephemeral port, so builds
 * running at once never collide) that answers each request line after a fixed delay, the way a slow
 * web service or database does. It is a yieldlab loop of its own, on a thread of its own, so that it
 * serves any number of requests at once and the clients' loop does none of its work. Started and
 * stopped by each run that needs it.
 */
final class SlowServer implements AutoCloseable {

  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final CompletableFuture<Void> stop = new CompletableFuture<>();
  private final Thread thread;

  SlowServer(Duration delay) {
    thread = Thread.ofPlatform().daemon().name("C7 slow server").start(() -> {
      EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofMinutes(10));
      try {
        loop.run("slow server", () -> {
          Server server = loop.listen("slow service", "127.0.0.1", 0, connection -> answerAfter(loop, connection, delay));
          port.complete(server.port());
          loop.await("stop", stop);
          server.close();
          return null;
        });
      } catch (RuntimeException failed) {
        port.completeExceptionally(failed);
      }
    });
  }

  private static void answerAfter(EventLoop loop, Connection connection, Duration delay) throws Exception {
    for (String request = connection.readLine(); request != null; request = connection.readLine()) {
      loop.sleep(delay); // the service's own work: its wait, not the client's CPU
      connection.write("reply to " + request + "\n");
      connection.drain();
    }
  }

  int port() {
    return port.join();
  }

  @Override
  public void close() throws InterruptedException {
    stop.complete(null);
    thread.join(TimeUnit.SECONDS.toMillis(10));
  }
}
