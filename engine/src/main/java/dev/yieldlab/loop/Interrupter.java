package dev.yieldlab.loop;

import dev.yieldlab.api.TaskCancelledException;

/**
 * Something that cancels what one task is doing without cancelling the task: a timeout around a
 * block, a scope whose child failed. It breaks into the task's current wait as a cancellation would,
 * and the code that set it up (the block's {@code withTimeout}, the scope) catches that cancellation,
 * recognises it as its own and turns it into its own outcome, after which the task goes on.
 *
 * <p>When it fires while the task cannot be interrupted (woken to finish what it waited for, so
 * that throwing at its resume would lose a result; or inside a {@code shield}), the task throws at
 * its next wait instead, and a block that returns before that keeps its value: trio's rule that a
 * cancellation is delivered at a checkpoint.
 */
abstract class Interrupter {

  /**
   * What the task throws where it is interrupted: {@code where} is what the interrupted wait waited
   * for, or a text beginning "before" for an interruption thrown at the task's next wait.
   */
  abstract TaskCancelledException interruption(CoroutineTask<?> task, Object where);

  /** {@code task 'x' was cancelled while waiting for <where>: <reason>}, carrying {@code reason}. */
  static TaskCancelledException cancellation(CoroutineTask<?> task, Object where, String reason) {
    String at = where instanceof String text && text.startsWith("before ") ? text : "while waiting for " + where;
    return new TaskCancelledException("task '" + task.name() + "' was cancelled " + at + ": " + reason, reason);
  }

  /** Interrupts {@code task} now, unless another interrupter already has: the first one wins. */
  final void interrupt(LoopCore loop, CoroutineTask<?> task) {
    if (task.isDone() || task.interrupter != null) {
      return;
    }
    task.interrupter = this;
    if (task.shieldDepth == 0 && Cancellation.breakIntoWait(loop, task)) {
      task.interruptAtResume = true;
    } else {
      task.interruptAtNextWait = true;
      task.checkBeforeWait = true;
    }
  }
}
