package dev.yieldlab.api.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.InetSocketAddress;
import org.apiguardian.api.API;

/**
 * A listening TCP socket of a loop (asyncio {@code start_server}): a coroutine named after the
 * server accepts connections, and each one is handed to a new coroutine that runs the {@link
 * Handler} and closes the connection when the handler returns or throws.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Server extends AutoCloseable {

  /** The name given at creation; the accepting coroutine has it, each connection's coroutine {@code name #k}. */
  String name();

  /** Where it listens, with the port the system chose when 0 was asked for. */
  InetSocketAddress address();

  /** {@code address().getPort()}: the port to connect to. */
  default int port() {
    return address().getPort();
  }

  /** How many connections it has accepted so far. */
  int accepted();

  /**
   * Stops listening: the port is released and no connection is accepted any more; connections already
   * handed to handlers go on. Closing twice does nothing; the loop closes a server left open at its run's end.
   */
  @Override
  void close();

  /** What a server runs for each accepted connection, in a coroutine of its own. */
  @FunctionalInterface
  interface Handler {
    void handle(Connection connection) throws Exception;
  }
}
