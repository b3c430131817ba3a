package dev.yieldlab.loop;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.TaskScope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code loop.scope(body)}: asyncio's {@code TaskGroup}. The body runs in the calling task; children
 * spawned into the scope are watched through the loop's waiting mechanism, and the first to fail
 * cancels its siblings and interrupts the body ({@link Interrupter}), wherever it waits. The scope
 * then waits for every child, shielded from a cancellation of its own task once that has come (the
 * children are cancelled, and none may outlive the scope), and throws the first failure with the
 * body's and the other children's own failures suppressed. A child that was cancelled is not a failure.
 */
final class LoopScope extends Interrupter implements TaskScope {

  private final LoopCore loop;
  private final CoroutineTask<?> owner;
  private final List<CoroutineTask<?>> children = new ArrayList<>();
  private CoroutineTask<?> firstFailed;
  private boolean open = true;

  private LoopScope(LoopCore loop, CoroutineTask<?> owner) {
    this.loop = loop;
    this.owner = owner;
  }

  static <T> T run(LoopCore loop, TaskScope.Body<T> body) {
    CoroutineTask<?> me = loop.requireCoroutine("scope");
    LoopScope scope = new LoopScope(loop, me);
    T value = null;
    Throwable bodyFailure = null;
    try {
      value = body.run(scope);
    } catch (TaskCancelledException cancelled) {
      if (me.interrupter != scope || me.cancelRequested) {
        bodyFailure = cancelled;
        me.raised = null; // the scope takes charge of it and rethrows it: waiting for the children swallows nothing
      }
    } catch (Throwable thrown) {
      bodyFailure = thrown;
    }
    if (bodyFailure != null) {
      scope.cancelChildren();
    }
    TaskCancelledException cancelledWhileWaiting = scope.awaitChildren();
    scope.open = false;
    me.interruptionHandled(scope);
    if (cancelledWhileWaiting != null) {
      throw cancelledWhileWaiting;
    }
    Throwable failure = scope.firstFailed != null ? scope.firstFailed.failure() : bodyFailure;
    if (failure == null) {
      return value;
    }
    if (bodyFailure != null && bodyFailure != failure) {
      failure.addSuppressed(bodyFailure);
    }
    TaskGroup.suppressOwnFailures(failure, scope.firstFailed, scope.children);
    throw Sneaky.<RuntimeException>rethrow(failure);
  }

  @Override
  public <T> Task<T> spawn(String name, Callable<T> body) {
    if (!open) {
      throw new IllegalStateException("scope of task '" + owner.name() + "' has ended: spawn '" + name + "' before it"
          + " ends, or on the loop");
    }
    @SuppressWarnings("unchecked")
    CoroutineTask<T> child = (CoroutineTask<T>) CoroutineTask.of(loop.spawn(name, body), loop);
    children.add(child);
    child.doneWaiters().add(new Watcher(child));
    return child;
  }

  @Override
  public Task<Void> spawn(String name, Loop.CoroutineBody body) {
    return spawn(name, () -> {
      body.run();
      return null;
    });
  }

  /** Waits for every child (children may spawn more meanwhile); returns the cancellation of the owner, if one came. */
  private TaskCancelledException awaitChildren() {
    TaskCancelledException cancelled = null;
    try {
      for (int i = 0; i < children.size(); i++) {
        CoroutineTask<?> child = children.get(i);
        Waits.Join what = new Waits.Join(child);
        while (!child.isDone()) {
          try {
            child.doneWaiters().await(loop, owner, what);
          } catch (TaskCancelledException thrown) {
            if (owner.interrupter == this && !owner.cancelRequested) {
              continue; // a child failed while the scope waited: the siblings are cancelled, wait on
            }
            cancelled = thrown;
            cancelChildren();
            owner.enterShield(); // the children must end before the scope does
          }
        }
      }
    } finally {
      if (cancelled != null) {
        owner.leaveShield();
      }
    }
    return cancelled;
  }

  private void cancelChildren() {
    for (CoroutineTask<?> child : children) {
      loop.cancel(child, "its scope (in task '" + owner.name() + "') is ending");
    }
  }

  private void childEnded(CoroutineTask<?> child) {
    if (firstFailed == null && child.failure() != null && !child.wasCancelled()) {
      firstFailed = child;
      for (CoroutineTask<?> sibling : children) {
        if (sibling != child) {
          loop.cancel(sibling, "its sibling '" + child.name() + "' failed");
        }
      }
      interrupt(loop, owner);
    }
  }

  @Override
  TaskCancelledException interruption(CoroutineTask<?> task, Object where) {
    return cancellation(task, where, "child '" + firstFailed.name() + "' of its scope failed");
  }

  /** The scope's place on one child's list of waiters. */
  private final class Watcher extends Waiter {
    private final CoroutineTask<?> child;

    Watcher(CoroutineTask<?> child) {
      this.child = child;
    }

    @Override
    boolean wake(LoopCore ignored) {
      childEnded(child);
      return true;
    }
  }
}
