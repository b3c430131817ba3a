package dev.yieldlab.loop;

import dev.yieldlab.api.Task;
import dev.yieldlab.api.timeline.EventKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code firstCompleted} and {@code asCompleted}: asyncio's {@code wait(FIRST_COMPLETED)} and {@code
 * as_completed}. The waiting task registers on every candidate's end, is woken once by the first,
 * and leaves the other lists at once; the others go on running. Among tasks that have already ended,
 * the one that ended first is first.
 */
final class Completions {

  private Completions() {}

  static <T> Task<T> first(LoopCore loop, List<? extends Task<T>> tasks) {
    CoroutineTask<?> me = loop.requireCoroutine("firstCompleted");
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("loop.firstCompleted() in task '" + me.name() + "' with no tasks: it would wait"
          + " forever");
    }
    List<CoroutineTask<?>> candidates = new ArrayList<>(tasks.size());
    tasks.forEach(task -> candidates.add(CoroutineTask.of(task, loop)));
    if (candidates.contains(me)) {
      throw new IllegalStateException("task '" + me.name() + "' passed itself to firstCompleted(): it cannot end first"
          + " while it waits");
    }
    CoroutineTask<?> winner = firstEnded(candidates);
    if (winner == null) {
      First first = new First(loop, me);
      List<Waiter> registrations = new ArrayList<>(candidates.size());
      candidates.forEach(task -> {
        Waiter waiter = first.waiterFor(task);
        task.doneWaiters().add(waiter);
        registrations.add(waiter);
      });
      try {
        Waits.FirstOf what = new Waits.FirstOf(candidates);
        while (first.winner == null) {
          loop.suspendWaiting(me, EventKind.WAIT, what);
        }
        winner = first.winner;
      } finally {
        registrations.forEach(waiter -> {
          if (waiter.isWaiting()) {
            waiter.list.remove(waiter);
          }
        });
      }
    }
    @SuppressWarnings("unchecked")
    Task<T> typed = (Task<T>) winner;
    return typed;
  }

  static <T> Iterable<Task<T>> inOrder(LoopCore loop, List<? extends Task<T>> tasks) {
    loop.requireCoroutine("asCompleted");
    List<Task<T>> copy = List.copyOf(tasks);
    copy.forEach(task -> CoroutineTask.of(task, loop));
    return () -> new Iterator<>() {
      private final List<Task<T>> remaining = new ArrayList<>(copy);

      @Override
      public boolean hasNext() {
        return !remaining.isEmpty();
      }

      @Override
      public Task<T> next() {
        if (remaining.isEmpty()) {
          throw new NoSuchElementException("every task has been given");
        }
        Task<T> next = first(loop, remaining);
        remaining.remove(next);
        return next;
      }
    };
  }

  private static CoroutineTask<?> firstEnded(List<CoroutineTask<?>> tasks) {
    CoroutineTask<?> first = null;
    for (CoroutineTask<?> task : tasks) {
      if (task.isDone() && (first == null || task.completionOrder < first.completionOrder)) {
        first = task;
      }
    }
    return first;
  }

  /** The waiting task and the first candidate to end. */
  private static final class First {
    private final LoopCore loop;
    private final CoroutineTask<?> waiting;
    private CoroutineTask<?> winner;

    First(LoopCore loop, CoroutineTask<?> waiting) {
      this.loop = loop;
      this.waiting = waiting;
    }

    Waiter waiterFor(CoroutineTask<?> candidate) {
      return new Waiter() {
        @Override
        boolean wake(LoopCore ignored) {
          if (winner == null) {
            winner = candidate;
            loop.ready().wakeWaiting(waiting);
          }
          return true;
        }
      };
    }
  }
}
