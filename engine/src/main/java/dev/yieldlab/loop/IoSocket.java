package dev.yieldlab.loop;

import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.IoOperation;
import dev.yieldlab.api.timeline.SocketAction;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;

/**
 * What a connection and a server share: a non-blocking channel of one loop, registered with the
 * loop's selector on its first wait, and the coroutines waiting for it to be readable (or acceptable)
 * and writable (or connected), one at a time each way, on {@link WaitList}s like every other wait.
 *
 * <p>Interest in an operation is set when a coroutine starts waiting for it and left set when it is
 * woken (the next wait usually follows soon: no system call to change it back and forth); it is
 * cleared once the selector reports it ready with nobody waiting.
 */
abstract class IoSocket {

  final LoopCore loop;
  final IoDriver io;
  final SelectableChannel channel;
  /** The task that opened it, which the loop names when it closes what a run left open. */
  private final CoroutineTask<?> owner;
  private final WaitList readers = new WaitList();
  private final WaitList writers = new WaitList();
  private SelectionKey key;
  /** Who closed it and why, once closed: what later calls say. */
  String closedBy;

  IoSocket(LoopCore loop, SelectableChannel channel, CoroutineTask<?> owner) {
    this.loop = loop;
    this.io = loop.io();
    this.channel = channel;
    this.owner = owner;
    io.opened(this);
  }

  CoroutineTask<?> owner() {
    return owner;
  }

  /** What its events and messages name: a connection's {@code local -> remote}, a server's address. */
  abstract String endpoint();

  /** The calling coroutine, for {@code operation}; fails naming both sides if it is none of this socket's loop. */
  final CoroutineTask<?> caller(String operation) {
    return loop.currentFor(this, operation);
  }

  /** Fails with what it says, naming this socket and who closed it, once it is closed. */
  final void requireOpen(String operation) throws IOException {
    if (closedBy != null) {
      throw new SocketException(this + "." + operation + "(): " + this + " is closed (" + closedBy
          + "); open a new one");
    }
  }

  /**
   * Suspends {@code me} until the selector reports {@code op} ready for this channel, or the socket is
   * closed (then it throws). Another coroutine already waiting the same way is a mistake, as in asyncio.
   */
  final void awaitReady(CoroutineTask<?> me, int op, IoOperation what, String operation) throws IOException {
    WaitList list = (op & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0 ? readers : writers;
    if (!list.isEmpty()) {
      Waiter.OfTask other = (Waiter.OfTask) list.first();
      throw new IllegalStateException(this + "." + operation + "() in task '" + me.name() + "': task '"
          + other.task.name() + "' already waits for " + what.words() + " " + endpointWaited()
          + "; one coroutine reads and one writes a socket at a time (give each its own connection, or a queue)");
    }
    interest(op);
    io.waitBegins();
    try {
      list.await(loop, me, new Waits.OnIo(new EventSubject.IoWait(what, endpointWaited())));
    } finally {
      io.waitEnds();
    }
    requireOpen(operation);
  }

  /** The endpoint a wait names: the peer for a connection, the listening address for a server. */
  abstract String endpointWaited();

  private void interest(int op) throws ClosedChannelException {
    if (key == null) {
      key = channel.register(io.selector(), op, this);
    } else if ((key.interestOps() & op) == 0) {
      key.interestOps(key.interestOps() | op);
    }
  }

  /**
   * Takes over the channel and its registration from {@code previous} (a connect that has become this
   * connection), which is then no longer open in its own right.
   */
  final void takeOver(IoSocket previous) {
    key = previous.key;
    previous.key = null;
    previous.closedBy = "became " + this;
    io.closed(previous);
    if (key != null) {
      key.attach(this);
      key.interestOps(0);
    }
  }

  /** The selector reports {@code key} ready: wake who waits for it, and stop asking for what nobody waits for. */
  final void ready(SelectionKey selected) {
    int ready;
    try {
      ready = selected.readyOps();
    } catch (CancelledKeyException closedMeanwhile) {
      return;
    }
    int unwanted = 0;
    if ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0 && readers.wakeFirst(loop) == null) {
      unwanted |= ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT);
    }
    if ((ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0 && writers.wakeFirst(loop) == null) {
      unwanted |= ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT);
    }
    if (unwanted != 0 && selected.isValid()) {
      selected.interestOps(selected.interestOps() & ~unwanted);
    }
  }

  /** Closes it for {@code reason}, waking whoever waits on it (they then fail naming it); twice does nothing. */
  final boolean closeFor(String reason) {
    if (closedBy != null) {
      return false;
    }
    closedBy = reason;
    io.closed(this);
    closeQuietly();
    readers.wakeAll(loop);
    writers.wakeAll(loop);
    return true;
  }

  /** Closes the channel; its descriptor is freed at the selector's next select or close. */
  final void closeQuietly() {
    if (closedBy == null) {
      closedBy = "closed by the loop at the run's end";
    }
    if (key != null) {
      key.cancel();
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing is all that is asked; there is nothing to do about a failure to close
    }
  }

  /** Records a SYNC about this socket for the calling task. */
  final void used(CoroutineTask<?> me, SocketAction action) {
    loop.record(EventKind.SYNC, me, new EventSubject.IoUse(action, endpoint()));
  }

  static String text(SocketAddress address) {
    return address instanceof InetSocketAddress inet && inet.getAddress() != null
        ? inet.getAddress().getHostAddress() + ":" + inet.getPort() : String.valueOf(address);
  }
}
