package dev.yieldlab.loop;

import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.sync.QueueClosedException;
import dev.yieldlab.api.timeline.PrimitiveAction;
import dev.yieldlab.api.timeline.PrimitiveKind;
import dev.yieldlab.api.timeline.WaitReason;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * asyncio's {@code Queue} (and LIFO and priority queues), kotlinx's {@code Channel}, on the loop.
 *
 * <p>Waiters are served strictly in order. An item put while getters wait is handed to the longest
 * waiting getter at once ({@link Waiter#handed}); it counts toward the queue's length until that
 * getter runs and takes it, as in asyncio, so the length never exceeds the capacity. A getter
 * cancelled before it ran gives its item to the next getter, or back to the front of the queue: a
 * cancelled get takes nothing. A slot freed while putters wait is kept for the longest waiting
 * putter, which puts its item when it runs; a putter cancelled before it ran passes the slot on and
 * puts nothing. (asyncio instead wakes the waiter and lets whoever runs first take the item or slot,
 * so a newcomer can overtake a woken waiter, which then queues again at the back.)
 */
final class LoopQueue<T> extends Primitive implements Queue<T> {

  private final QueueItems<T> items;
  private final int capacity;
  private final WaitList getters = new WaitList();
  private final WaitList putters = new WaitList();
  private final WaitList joiners = new WaitList();
  /** Items handed to getters that have not run yet: part of the length, out of {@link #items}. */
  private int handed;
  /** Slots kept for putters that have been woken and not run yet. */
  private int slotsKept;
  /** Items put and not yet marked done ({@link #taskDone()}). */
  private int unfinished;
  private boolean closed;

  LoopQueue(LoopCore loop, String name, int capacity, QueueItems<T> items, String factory) {
    super(loop, PrimitiveKind.QUEUE, name);
    if (capacity <= 0) {
      throw new IllegalArgumentException("loop." + factory + "(\"" + name + "\", " + capacity + "): a queue's capacity"
          + " must be at least 1; use loop.queue(\"" + name + "\") or Queue.UNBOUNDED for a queue without one");
    }
    this.capacity = capacity;
    this.items = items;
  }

  @Override
  public void put(T item) {
    CoroutineTask<?> me = putter("put", item);
    if (!roomForNewcomer()) {
      Waiter.OfTask waiter = await(new Waiter.OfTask(me), putters,
          waitDetail(WaitReason.FULL, length(), capacity, null), untaken -> passSlotOn());
      if (waiter.granted) {
        slotsKept--;
      }
      if (closed) {
        throw closedToPut(me);
      }
    }
    add(me, item);
  }

  @Override
  public boolean offer(T item) {
    CoroutineTask<?> me = putter("offer", item);
    if (!roomForNewcomer()) {
      return false;
    }
    add(me, item);
    return true;
  }

  @Override
  public T get() {
    CoroutineTask<?> me = caller("get");
    if (itemForNewcomer()) {
      return take(me, items.take());
    }
    if (closed) {
      throw closedToGet(me);
    }
    Waiter.OfTask waiter = await(new Waiter.OfTask(me), getters,
        waitDetail(WaitReason.EMPTY, length(), capacity, null), this::giveBack);
    return takeHanded(me, waiter);
  }

  @Override
  public T poll() {
    CoroutineTask<?> me = caller("poll");
    return itemForNewcomer() ? take(me, items.take()) : null;
  }

  /** The item handed to {@code waiter}, now taken; a waiter woken with none was woken by {@link #close()}. */
  @SuppressWarnings("unchecked")
  T takeHanded(CoroutineTask<?> me, Waiter waiter) {
    if (!waiter.granted) {
      throw closedToGet(me);
    }
    T item = (T) waiter.handed;
    waiter.handed = null;
    handed--;
    return take(me, item);
  }

  private T take(CoroutineTask<?> me, T item) {
    used(me, PrimitiveAction.GOT, length(), capacity);
    keepSlots();
    return item;
  }

  private void add(CoroutineTask<?> me, T item) {
    unfinished++;
    Waiter getter = getters.grantFirst(loop);
    if (getter != null) {
      getter.handed = item;
      handed++;
    } else {
      items.add(item);
    }
    used(me, PrimitiveAction.PUT, length(), capacity);
  }

  /** A getter that was handed an item and will not take it: the item goes to the next getter, or back in front. */
  @SuppressWarnings("unchecked")
  void giveBack(Waiter granted) {
    handed--;
    T item = (T) granted.handed;
    granted.handed = null;
    Waiter next = getters.grantFirst(loop);
    if (next != null) {
      next.handed = item;
      handed++;
    } else {
      items.putBack(item);
    }
  }

  private void passSlotOn() {
    slotsKept--;
    keepSlots();
  }

  /** Keeps free slots for waiting putters, longest waiting first. */
  private void keepSlots() {
    while (!closed && length() + slotsKept < capacity && putters.grantFirst(loop) != null) {
      slotsKept++;
    }
  }

  /** Whether a put that has just arrived may go ahead: nobody waits to put and there is room nobody was promised. */
  private boolean roomForNewcomer() {
    return putters.isEmpty() && length() + slotsKept < capacity;
  }

  /** Whether a get that has just arrived may take an item now: nobody waits to get (then no item is left over). */
  boolean itemForNewcomer() {
    return getters.isEmpty() && items.size() > 0;
  }

  /** Items in the queue, including those handed to getters that have not run yet. */
  private int length() {
    return items.size() + handed;
  }

  @Override
  public int size() {
    caller("size");
    return length();
  }

  @Override
  public int capacity() {
    return capacity;
  }

  @Override
  public void taskDone() {
    CoroutineTask<?> me = caller("taskDone");
    if (unfinished == 0) {
      throw new IllegalStateException(this + ".taskDone() in task '" + me.name() + "': every item put has been marked"
          + " done already; call it once per item taken with get()");
    }
    unfinished--;
    used(me, PrimitiveAction.ITEM_DONE, unfinished, -1);
    if (unfinished == 0) {
      joiners.wakeAll(loop);
    }
  }

  @Override
  public void join() {
    CoroutineTask<?> me = caller("join");
    while (unfinished > 0) {
      joiners.await(loop, me, waitDetail(WaitReason.UNFINISHED_ITEMS, unfinished, -1, null));
    }
  }

  @Override
  public void close() {
    CoroutineTask<?> me = caller("close");
    if (closed) {
      return;
    }
    closed = true;
    used(me, PrimitiveAction.CLOSED, length(), capacity);
    putters.wakeAll(loop); // they fail: nothing more goes in
    getters.wakeAll(loop); // if getters wait, every item is handed out already: they fail too
  }

  @Override
  public boolean isClosed() {
    caller("isClosed");
    return closed;
  }

  @Override
  public Iterable<T> items() {
    return () -> new Iterator<>() {
      private T next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = get();
          } catch (QueueClosedException end) {
            return false;
          }
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException(LoopQueue.this + " is closed and empty");
        }
        T item = next;
        next = null;
        return item;
      }
    };
  }

  WaitList getters() {
    return getters;
  }

  boolean isClosedNow() {
    return closed;
  }

  /** The task putting {@code item}: refused if the item is null or the queue is closed. */
  private CoroutineTask<?> putter(String operation, T item) {
    CoroutineTask<?> me = caller(operation);
    Objects.requireNonNull(item, () -> this + "." + operation + "(null): a queue holds no null items");
    if (closed) {
      throw closedToPut(me);
    }
    return me;
  }

  private QueueClosedException closedToPut(CoroutineTask<?> me) {
    return new QueueClosedException(this + ".put() in task '" + me.name() + "': the queue is closed, nothing more can"
        + " be put into it");
  }

  QueueClosedException closedToGet(CoroutineTask<?> me) {
    return new QueueClosedException(this + ".get() in task '" + me.name() + "': the queue is closed and empty");
  }
}
