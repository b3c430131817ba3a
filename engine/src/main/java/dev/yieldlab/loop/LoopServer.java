package dev.yieldlab.loop;

import dev.yieldlab.api.Task;
import dev.yieldlab.api.io.Server;
import dev.yieldlab.api.timeline.IoOperation;
import dev.yieldlab.api.timeline.SocketAction;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Objects;

/**
 * asyncio's {@code start_server}: a non-blocking {@link ServerSocketChannel} and a coroutine, named
 * after the server, that accepts in a loop (waiting in the selector between connections) and spawns
 * one coroutine per connection, which runs the handler and closes the connection however it ends.
 */
final class LoopServer extends IoSocket implements Server {

  /**
   * Connections the kernel queues before they are accepted. The JDK's default (50) is below what a
   * burst of 100 clients needs: the rest would wait for a SYN retransmission, a second later.
   */
  static final int BACKLOG = 1024;

  private final String name;
  private final ServerSocketChannel listening;
  private final InetSocketAddress address;
  private final String endpoint;
  private final Handler handler;
  private int accepted;
  private Task<Void> acceptor;

  private LoopServer(LoopCore loop, String name, ServerSocketChannel listening, CoroutineTask<?> owner,
      Handler handler) throws IOException {
    super(loop, listening, owner);
    this.name = name;
    this.listening = listening;
    this.address = (InetSocketAddress) listening.getLocalAddress();
    this.endpoint = text(address);
    this.handler = handler;
  }

  static LoopServer listen(LoopCore loop, String name, String host, int port, Handler handler) throws IOException {
    CoroutineTask<?> me = loop.requireCoroutine("listen");
    Objects.requireNonNull(name, "a server needs a name: it labels its coroutines, timelines and errors");
    Objects.requireNonNull(handler, "handler");
    if (host == null || port < 0 || port > 65_535) {
      throw new IllegalArgumentException("loop.listen(\"" + name + "\", " + host + ", " + port + ") in task '"
          + me.name() + "': give a host to listen on (\"127.0.0.1\") and a port from 0 (any free one) to 65535");
    }
    InetSocketAddress at = new InetSocketAddress(host, port);
    if (at.isUnresolved()) {
      throw new UnknownHostException("listen on " + host + ":" + port + ": the host '" + host + "' cannot be resolved");
    }
    ServerSocketChannel channel = ServerSocketChannel.open();
    try {
      channel.configureBlocking(false);
      channel.bind(at, BACKLOG);
    } catch (BindException taken) {
      channel.close();
      BindException named = new BindException("server '" + name + "' cannot listen on " + host + ":" + port + " ("
          + taken.getMessage() + "): another socket has that port; pass port 0 to get a free one");
      named.initCause(taken);
      throw named;
    } catch (IOException | RuntimeException failed) {
      channel.close();
      throw failed;
    }
    LoopServer server = new LoopServer(loop, name, channel, me, handler);
    server.used(me, SocketAction.LISTENING);
    server.acceptor = loop.spawn(name, () -> {
      server.acceptForever();
      return null;
    });
    return server;
  }

  private void acceptForever() throws IOException {
    CoroutineTask<?> me = caller("accept");
    while (closedBy == null) {
      SocketChannel client = listening.accept();
      if (client == null) {
        awaitReady(me, SelectionKey.OP_ACCEPT, IoOperation.ACCEPT, "accept");
        continue;
      }
      accepted++;
      // Made here, not in the handler's coroutine, so that a connection whose handler never starts is
      // still one of the loop's open sockets, closed at the run's end.
      LoopConnection connection = LoopConnection.accepted(loop, client, me);
      connection.used(me, SocketAction.ACCEPTED);
      loop.spawn(name + " #" + accepted, () -> {
        try {
          handler.handle(connection);
        } finally {
          connection.close();
        }
        return null;
      });
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public InetSocketAddress address() {
    return address;
  }

  @Override
  public int accepted() {
    return accepted;
  }

  @Override
  public void close() {
    CoroutineTask<?> me = caller("close");
    if (closeFor("closed by task '" + me.name() + "'")) {
      used(me, SocketAction.CLOSED);
      if (acceptor != me) {
        acceptor.cancel("server '" + name + "' was closed");
      }
    }
  }

  @Override
  String endpoint() {
    return endpoint;
  }

  @Override
  String endpointWaited() {
    return endpoint;
  }

  @Override
  public String toString() {
    return "server '" + name + "' on " + endpoint;
  }
}
