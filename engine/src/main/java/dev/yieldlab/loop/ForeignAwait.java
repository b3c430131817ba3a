package dev.yieldlab.loop;

import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.IoOperation;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * A coroutine waiting for work done on another thread: a {@link CompletionStage} (asyncio {@code
 * wrap_future}) or a blocking call run on the loop's pool (asyncio {@code to_thread}). The other
 * thread's completion is {@linkplain IoDriver#post posted} to the loop, which wakes the waiter on its
 * own thread: nothing polls, and the loop sleeps in its selector meanwhile.
 *
 * <p>A waiter that leaves early (cancelled, or its block timed out) cancels the work, as asyncio and
 * kotlinx do: a {@link Future} is cancelled (a pool thread interrupted); a completion that still comes
 * finds nobody waiting and is dropped, and after the run it is not even delivered (see {@link IoDriver}).
 */
final class ForeignAwait<T> {

  private final LoopCore loop;
  private final WaitList waiters = new WaitList();
  private boolean done;
  private T value;
  private Throwable failure;

  private ForeignAwait(LoopCore loop) {
    this.loop = loop;
  }

  /** {@code loop.await(name, future)}. */
  static <T> T future(LoopCore loop, String name, CompletionStage<T> future) {
    CoroutineTask<?> me = loop.requireCoroutine("await");
    if (loop.explored()) {
      throw new NotExplorableException("loop.await(\"" + name + "\", future)", me.name());
    }
    Objects.requireNonNull(name, "a future awaited needs a name: it labels the wait in timelines and errors");
    Objects.requireNonNull(future, "future");
    ForeignAwait<T> awaiting = new ForeignAwait<>(loop);
    IoDriver io = loop.io();
    io.selector(); // the completing thread wakes the loop through it
    future.whenComplete((result, thrown) -> io.post(() -> awaiting.end(result, thrown)));
    return awaiting.await(me, new EventSubject.IoWait(IoOperation.FUTURE, name),
        future instanceof Future<?> cancellable ? cancellable : null);
  }

  /** {@code loop.toThread(name, blocking)}. */
  static <T> T onThread(LoopCore loop, String name, Callable<T> blocking) {
    CoroutineTask<?> me = loop.requireCoroutine("toThread");
    if (loop.explored()) {
      throw new NotExplorableException("loop.toThread(\"" + name + "\", ...)", me.name());
    }
    Objects.requireNonNull(name, "a thread call needs a name: it labels the wait in timelines and errors");
    Objects.requireNonNull(blocking, "blocking");
    ForeignAwait<T> awaiting = new ForeignAwait<>(loop);
    IoDriver io = loop.io();
    io.selector();
    FutureTask<T> call = new FutureTask<>(blocking) {
      @Override
      protected void done() {
        io.post(() -> awaiting.endWith(this));
      }
    };
    io.threadCalls().start(call);
    return awaiting.await(me, new EventSubject.IoWait(IoOperation.THREAD, name), call);
  }

  private T await(CoroutineTask<?> me, EventSubject.IoWait what, Future<?> cancelOnLeave) {
    IoDriver io = loop.io();
    Waits.OnIo detail = new Waits.OnIo(what);
    io.waitBegins();
    try {
      while (!done) {
        waiters.await(loop, me, detail);
      }
    } catch (TaskCancelledException left) {
      if (cancelOnLeave != null) {
        cancelOnLeave.cancel(true);
      }
      throw left;
    } finally {
      io.waitEnds();
    }
    if (failure != null) {
      throw Sneaky.<RuntimeException>rethrow(failure);
    }
    return value;
  }

  /** On the loop's thread: the other thread's outcome. A CompletionException is unwrapped to what the work threw. */
  private void end(T result, Throwable thrown) {
    if (done) {
      return;
    }
    done = true;
    value = result;
    failure = thrown instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : thrown;
    waiters.wakeAll(loop);
  }

  private void endWith(FutureTask<T> call) {
    try {
      end(call.get(), null);
    } catch (ExecutionException thrown) {
      end(null, thrown.getCause());
    } catch (CancellationException | InterruptedException cancelled) {
      end(null, cancelled);
    }
  }
}
