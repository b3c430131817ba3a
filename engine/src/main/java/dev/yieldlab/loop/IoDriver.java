package dev.yieldlab.loop;

import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.SocketAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The loop's I/O driver (Tokio's reactor, asyncio's selector): the {@link Selector} the idle loop
 * waits in, the sockets registered with it, and the one entry into the loop from other threads, a
 * queue of actions plus {@link Selector#wakeup()} (asyncio's {@code call_soon_threadsafe}).
 *
 * <p>The selector is opened on first use, so a run without I/O costs no file descriptor and waits
 * for its timers as before (parking); with a wait on a socket, a future or a thread {@linkplain
 * #hasPending() pending}, the loop waits here instead, with the next timer's deadline as timeout.
 *
 * <p>The wake-up dance is Netty's: a thread that posts an action calls {@code wakeup()} (a system
 * call) only if the loop is about to block or blocks in {@code select}, which the loop says by
 * setting {@link #sleeping} before it checks the inbox a last time. Netty also rebuilds a selector
 * that keeps returning early with nothing selected (the JDK's epoll spin bug, JDK-6403933); that bug
 * was fixed in JDK 7, and a premature return here only costs one more turn of the loop, so there is
 * no rebuild.
 *
 * <p>Everything but {@link #post} and {@link #wake} runs on the loop's thread.
 */
final class IoDriver {

  /** Below a millisecond, {@code select(ms)} cannot wait precisely: the rest is parked (see {@link #select}). */
  private static final long MILLI = 1_000_000;

  private volatile Selector selector;
  private volatile Thread owner;
  /** Waits on sockets, futures and threads in progress: while above 0 the loop waits here, never a deadlock. */
  private int pending;
  /** Steps until the next non-blocking poll while tasks are ready: one per round of the ready queue. */
  private int roundLeft;
  /** Actions other threads posted, run on the loop's thread at its next poll. */
  private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
  /** Whether the loop is about to block or blocks in select: only then does a poster call wakeup(). */
  private final AtomicBoolean sleeping = new AtomicBoolean();
  private final Object postLock = new Object();
  /** Set once the run has ended: what is posted after it is dropped, and the next run is not touched. */
  private boolean closed;
  private long wakeUps;
  private long droppedAfterClose;
  /** Sockets opened and not closed, in opening order, for closing what a run leaves open. */
  private final Set<IoSocket> open = new LinkedHashSet<>();
  private final ThreadCalls threadCalls = new ThreadCalls();

  /** What the driver tells its loop: a socket the run left open was closed (the loop records it for its owner). */
  @FunctionalInterface
  interface ClosedByTheLoop {
    void closed(CoroutineTask<?> owner, EventSubject.IoUse what);
  }

  void start(Thread loopThread, String runName) {
    owner = loopThread;
    threadCalls.name(runName);
  }

  /** The selector, opened on first use (loop thread only). */
  Selector selector() {
    Selector opened = selector;
    if (opened == null) {
      try {
        opened = Selector.open();
      } catch (IOException cannotOpen) {
        throw new UncheckedIOException("the loop cannot open its selector: " + cannotOpen.getMessage(), cannotOpen);
      }
      selector = opened;
    }
    return opened;
  }

  /** Whether a coroutine waits for a socket, a future or a thread: the loop must then wait here, not deadlock. */
  boolean hasPending() {
    return pending != 0;
  }

  /** A wait on something outside the loop begins; {@link #waitEnds()} must follow, however it ends. */
  void waitBegins() {
    pending++;
  }

  void waitEnds() {
    pending--;
  }

  ThreadCalls threadCalls() {
    return threadCalls;
  }

  void opened(IoSocket socket) {
    open.add(socket);
  }

  void closed(IoSocket socket) {
    open.remove(socket);
  }

  /**
   * Called on every step while a wait is pending: once per round of the ready queue (as asyncio
   * selects once per turn of its ready callbacks), a non-blocking poll, so that coroutines that keep
   * the ready queue busy do not starve the sockets.
   */
  void pollEachRound(int readyNow) {
    if (--roundLeft > 0) {
      return;
    }
    roundLeft = readyNow + 1;
    select(0);
  }

  /**
   * Waits up to {@code timeoutNanos} (-1: without a limit, 0: not at all) for a socket to be ready or
   * another thread to post, then wakes the coroutines that can go on and runs what was posted.
   * {@code select} takes whole milliseconds, so a wait is split: the whole milliseconds in {@code
   * select}, the rest (below 1 ms, just before a timer) parked, which {@link #wake} ends too. A
   * socket that becomes ready in that last stretch is seen at the timer, less than 1 ms late.
   */
  void select(long timeoutNanos) {
    Selector waitIn = selector();
    try {
      if (timeoutNanos == 0) {
        waitIn.selectNow();
      } else {
        sleeping.set(true);
        if (!inbox.isEmpty()) {
          waitIn.selectNow();
        } else if (timeoutNanos < 0) {
          waitIn.select();
        } else if (timeoutNanos >= MILLI) {
          waitIn.select(timeoutNanos / MILLI);
        } else if (waitIn.selectNow() == 0 && inbox.isEmpty()) {
          LockSupport.parkNanos(timeoutNanos);
        }
        sleeping.set(false);
      }
    } catch (IOException failed) {
      throw new UncheckedIOException("the loop's selector failed: " + failed.getMessage(), failed);
    }
    Set<SelectionKey> selected = waitIn.selectedKeys();
    if (!selected.isEmpty()) {
      for (SelectionKey key : selected) {
        ((IoSocket) key.attachment()).ready(key);
      }
      selected.clear();
    }
    for (Runnable action = inbox.poll(); action != null; action = inbox.poll()) {
      action.run();
    }
  }

  /**
   * Hands {@code action} to the loop's thread, from any thread: it runs at the loop's next poll. After
   * the run has ended it is dropped, and the loop's thread (which may serve the next run) is not woken.
   */
  void post(Runnable action) {
    synchronized (postLock) {
      if (closed) {
        droppedAfterClose++;
        return;
      }
      inbox.add(action);
      wakeUps++;
      wake();
    }
  }

  /** Ends a wait in {@link #select} early, from any thread; does nothing when the loop is not waiting there. */
  void wake() {
    if (sleeping.getAndSet(false)) {
      Selector waitingIn = selector;
      if (waitingIn != null) {
        waitingIn.wakeup();
      }
      Thread loopThread = owner;
      if (loopThread != null) {
        LockSupport.unpark(loopThread); // the sub-millisecond rest of a wait parks
      }
    }
  }

  /**
   * The run has ended: closes every socket it left open, recording for each a SYNC event of the task
   * that opened it (so the timeline says which), stops the pool's threads, drops what other threads
   * post from now on, and closes the selector. Returns the sockets it closed, as they read.
   */
  List<String> close(ClosedByTheLoop record) {
    List<String> leftOpen = new ArrayList<>();
    for (IoSocket socket : List.copyOf(open)) {
      leftOpen.add(socket.toString());
      record.closed(socket.owner(), new EventSubject.IoUse(SocketAction.CLOSED_BY_LOOP, socket.endpoint()));
      socket.closeQuietly();
    }
    threadCalls.shutdown();
    synchronized (postLock) {
      closed = true;
      inbox.clear();
    }
    Selector opened = selector;
    if (opened != null) {
      try {
        opened.close(); // frees the file descriptors of the channels closed since its last select
      } catch (IOException ignored) {
        // nothing is left to do with it
      }
    }
    return leftOpen;
  }

  /** Actions other threads posted to this loop (for tests: a run is woken by its own futures only). */
  long wakeUps() {
    synchronized (postLock) {
      return wakeUps;
    }
  }

  /** Actions posted after the run ended, and dropped. */
  long droppedAfterClose() {
    synchronized (postLock) {
      return droppedAfterClose;
    }
  }
}
