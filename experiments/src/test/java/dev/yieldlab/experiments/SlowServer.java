package dev.yieldlab.experiments;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.io.BackgroundLoop;
import dev.yieldlab.api.io.Connection;
import dev.yieldlab.api.io.Server;
import java.time.Duration;

/**
 * The slow service of claim C7: a real listening socket on 127.0.0.1 (an ephemeral port, so builds
 * running at once never collide) that answers each request line after a fixed delay, the way a slow
 * web service or database does. It is a yieldlab loop of its own, on a thread of its own, so that it
 * serves any number of requests at once and the clients' loop does none of its work. Started and
 * stopped by each run that needs it.
 */
final class SlowServer implements AutoCloseable {

  private final BackgroundLoop<Server> service;

  SlowServer(Duration delay) {
    service = BackgroundLoop.start("C7 slow server",
        loop -> loop.listen("slow service", "127.0.0.1", 0, connection -> answerAfter(loop, connection, delay)));
  }

  private static void answerAfter(Loop loop, Connection connection, Duration delay) throws Exception {
    for (String request = connection.readLine(); request != null; request = connection.readLine()) {
      loop.sleep(delay); // the service's own work: its wait, not the client's CPU
      connection.write("reply to " + request + "\n");
      connection.drain();
    }
  }

  int port() {
    return service.value().port();
  }

  @Override
  public void close() {
    service.close();
  }
}
