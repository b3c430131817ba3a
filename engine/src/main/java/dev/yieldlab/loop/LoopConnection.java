package dev.yieldlab.loop;

import dev.yieldlab.api.io.Connection;
import dev.yieldlab.api.io.IncompleteReadException;
import dev.yieldlab.api.timeline.IoOperation;
import dev.yieldlab.api.timeline.SocketAction;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * asyncio's streams on a non-blocking {@link SocketChannel}: every read first takes what the kernel
 * has and waits in the loop's selector only when there is nothing; writes go to the kernel at once
 * and keep in order what it does not take, for {@link #drain()}. Errors name the connection and say
 * what happened in words ("reset by the peer while reading"), the JDK's own message in parentheses.
 */
final class LoopConnection extends IoSocket implements Connection {

  private static final int BUFFER = 64 * 1024;

  private final SocketChannel socket;
  private final InetSocketAddress local;
  private final InetSocketAddress remote;
  private final String endpoint;
  /** Bytes read from the kernel and not yet returned, from index 0 to its position (write mode). */
  private ByteBuffer in = ByteBuffer.allocate(BUFFER);
  /** How far {@link #readLine()} has already looked for a newline in {@link #in}. */
  private int scanned;
  private boolean eof;
  /** Whether the kernel may hold unread bytes: false once a read returned less than it had room for. */
  private boolean maybeReadable = true;
  private final ArrayDeque<ByteBuffer> unsent = new ArrayDeque<>();

  private LoopConnection(LoopCore loop, SocketChannel socket, CoroutineTask<?> owner) throws IOException {
    super(loop, socket, owner);
    this.socket = socket;
    this.local = (InetSocketAddress) socket.getLocalAddress();
    this.remote = (InetSocketAddress) socket.getRemoteAddress();
    this.endpoint = text(local) + " -> " + text(remote);
  }

  /** asyncio {@code open_connection}: a non-blocking connect, waiting in the selector until it is done. */
  static LoopConnection connect(LoopCore loop, String host, int port) throws IOException {
    CoroutineTask<?> me = loop.requireCoroutine("connect");
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("loop.connect(" + (host == null ? "null" : "\"" + host + "\"") + ", " + port
          + ") in task '" + me.name() + "': give a host name or address, e.g. \"127.0.0.1\"");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("loop.connect(\"" + host + "\", " + port + ") in task '" + me.name()
          + "': a port is 1 to 65535; a server's port is Server.port()");
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new UnknownHostException("connect to " + host + ":" + port + ": the host '" + host + "' cannot be resolved");
    }
    String where = text(address);
    PendingConnect pending = new PendingConnect(loop, SocketChannel.open(), me, where);
    try {
      SocketChannel socket = pending.socket;
      socket.configureBlocking(false);
      socket.setOption(StandardSocketOptions.TCP_NODELAY, true); // as asyncio: small requests go out at once
      for (boolean done = socket.connect(address); !done; done = socket.finishConnect()) {
        pending.awaitReady(me, SelectionKey.OP_CONNECT, IoOperation.CONNECT, "connect");
      }
      LoopConnection connection = new LoopConnection(loop, socket, me);
      connection.takeOver(pending);
      connection.used(me, SocketAction.CONNECTED);
      return connection;
    } catch (ConnectException refused) {
      pending.closeFor("refused");
      ConnectException named = new ConnectException("connect to " + where + " refused (" + refused.getMessage()
          + "): nothing listens there; start the server first, or check the host and port");
      named.initCause(refused);
      throw named;
    } catch (IOException failed) {
      pending.closeFor("failed: " + failed);
      SocketException named = new SocketException("connect to " + where + " failed (" + failed.getMessage() + ")");
      named.initCause(failed);
      throw named;
    } catch (RuntimeException | Error failed) {
      pending.closeFor("failed: " + failed);
      throw failed;
    }
  }

  /** A server's accepted socket, owned by the coroutine that will handle it. */
  static LoopConnection accepted(LoopCore loop, SocketChannel socket, CoroutineTask<?> owner) throws IOException {
    try {
      socket.configureBlocking(false);
      socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
      return new LoopConnection(loop, socket, owner);
    } catch (IOException | RuntimeException failed) {
      socket.close(); // not yet one of the loop's sockets, so nobody else would close it
      throw failed;
    }
  }

  @Override
  public byte[] read(int max) throws IOException {
    CoroutineTask<?> me = caller("read");
    requirePositive("read", max);
    if (in.position() == 0 && !eof) {
      fill(me, "read");
    }
    return take(Math.min(max, in.position()));
  }

  @Override
  public byte[] readExactly(int n) throws IOException {
    CoroutineTask<?> me = caller("readExactly");
    if (n < 0) {
      throw new IllegalArgumentException(this + ".readExactly(" + n + "): a count cannot be negative");
    }
    if (n > in.capacity()) { // a record larger than the buffer: it grows to hold it
      in = ByteBuffer.allocate(n).put(in.flip());
    }
    while (in.position() < n && !eof) {
      fill(me, "readExactly");
    }
    if (in.position() < n) {
      byte[] partial = take(in.position());
      throw new IncompleteReadException(this + ".readExactly(" + n + "): the peer closed the connection after "
          + partial.length + " of " + n + " bytes", partial, n);
    }
    return take(n);
  }

  @Override
  public String readLine() throws IOException {
    CoroutineTask<?> me = caller("readLine");
    while (true) {
      byte[] data = in.array();
      for (; scanned < in.position(); scanned++) {
        if (data[scanned] == '\n') {
          int end = scanned > 0 && data[scanned - 1] == '\r' ? scanned - 1 : scanned;
          String line = new String(data, 0, end, StandardCharsets.UTF_8);
          take(scanned + 1);
          return line;
        }
      }
      if (eof) {
        return in.position() == 0 ? null : new String(take(in.position()), StandardCharsets.UTF_8);
      }
      if (in.position() >= LINE_LIMIT) {
        throw new IOException(this + ".readLine(): no end of line in the first " + LINE_LIMIT
            + " bytes; read a long record with readExactly or read(n) instead");
      }
      fill(me, "readLine");
    }
  }

  /**
   * Reads what the kernel has into {@link #in}, waiting in the selector while it has nothing. A read
   * that did not fill the buffer has most likely emptied the kernel's queue, so the next fill waits
   * for readiness first instead of trying a read that returns nothing: one system call less per
   * request and answer (asyncio reads only on readiness too). The selector is level-triggered, so
   * data that came meanwhile is reported at once.
   */
  private void fill(CoroutineTask<?> me, String operation) throws IOException {
    requireOpen(operation);
    while (true) {
      if (!maybeReadable) {
        awaitReady(me, SelectionKey.OP_READ, IoOperation.READ, operation);
      }
      int room = in.remaining();
      int got;
      try {
        got = socket.read(in);
      } catch (IOException failed) {
        throw failure(operation, "reading", failed);
      }
      maybeReadable = got == room;
      if (got > 0) {
        return;
      }
      if (got < 0) {
        eof = true;
        return;
      }
    }
  }

  /** The first {@code n} buffered bytes, removed from the buffer. */
  private byte[] take(int n) {
    byte[] out = Arrays.copyOf(in.array(), n);
    in.flip().position(n);
    in.compact();
    scanned = Math.max(0, scanned - n);
    return out;
  }

  @Override
  public void write(byte[] bytes) throws IOException {
    caller("write");
    requireOpen("write");
    ByteBuffer data = ByteBuffer.wrap(bytes.clone());
    if (unsent.isEmpty()) {
      send(data, "write");
    }
    if (data.hasRemaining()) {
      unsent.add(data);
    }
  }

  @Override
  public void drain() throws IOException {
    CoroutineTask<?> me = caller("drain");
    requireOpen("drain");
    while (!unsent.isEmpty()) {
      ByteBuffer next = unsent.peek();
      send(next, "drain");
      if (next.hasRemaining()) {
        awaitReady(me, SelectionKey.OP_WRITE, IoOperation.WRITE, "drain");
      } else {
        unsent.poll();
      }
    }
  }

  private void send(ByteBuffer data, String operation) throws IOException {
    try {
      socket.write(data);
    } catch (IOException failed) {
      throw failure(operation, "writing", failed);
    }
  }

  /** An I/O failure in words, naming the connection; the JDK's exception is its cause. */
  private IOException failure(String operation, String doing, IOException failed) {
    String jdk = String.valueOf(failed.getMessage());
    String what = jdk.contains("reset") ? "reset by the peer while " + doing
        : jdk.contains("Broken pipe") ? "closed by the peer before this " + operation + " (broken pipe)"
        : "failed while " + doing;
    SocketException named = new SocketException(this + "." + operation + "(): connection " + what + " (" + jdk + ")");
    named.initCause(failed);
    return named;
  }

  private void requirePositive(String operation, int max) {
    if (max < 1) {
      throw new IllegalArgumentException(this + "." + operation + "(" + max + "): ask for at least 1 byte");
    }
  }

  @Override
  public void close() {
    CoroutineTask<?> me = caller("close");
    if (closeFor("closed by task '" + me.name() + "'")) {
      used(me, SocketAction.CLOSED);
    }
  }

  @Override
  public boolean isClosed() {
    return closedBy != null;
  }

  @Override
  public InetSocketAddress localAddress() {
    return local;
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return remote;
  }

  @Override
  String endpoint() {
    return endpoint;
  }

  @Override
  String endpointWaited() {
    return text(remote);
  }

  @Override
  public String toString() {
    return "connection " + endpoint;
  }

  /** A socket still connecting: waits like any socket, named by where it connects to; its connection takes it over. */
  private static final class PendingConnect extends IoSocket {
    final SocketChannel socket;
    private final String where;

    PendingConnect(LoopCore loop, SocketChannel socket, CoroutineTask<?> owner, String where) {
      super(loop, socket, owner);
      this.socket = socket;
      this.where = where;
    }

    @Override
    String endpoint() {
      return "connecting to " + where;
    }

    @Override
    String endpointWaited() {
      return where;
    }

    @Override
    public String toString() {
      return "connection to " + where;
    }
  }
}
