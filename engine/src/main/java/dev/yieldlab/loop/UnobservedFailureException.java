package dev.yieldlab.loop;

import dev.yieldlab.api.UnobservedFailures;
import java.io.Serial;

/**
 * A run whose main coroutine returned while other tasks had ended in failures nobody observed. It
 * fails the run, as an unhandled exception in a kotlinx {@code launch} fails its scope, rather than
 * only logging it, as asyncio does when it collects the task: asyncio cannot know before then that
 * no code will ask, but a loop whose run has ended can, and a check must not read a run's evidence
 * as if nothing had gone wrong in it. The first failure is the cause, the next few are suppressed.
 */
public final class UnobservedFailureException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** Failures named in the message; {@link UnobservedFailures} keeps more. */
  static final int NAMED = 5;
  /** Failures attached as cause and suppressed, with their stacks. */
  static final int ATTACHED = 10;

  private final transient UnobservedFailures failures;

  UnobservedFailureException(UnobservedFailures failures) {
    super(failures.describe(NAMED) + ". The run fails so that no check reads its evidence as if nothing had happened:"
        + " join those tasks (task.join(), loop.gather, loop.scope), or catch the exception inside a task whose"
        + " failure is expected", failures.listed().getFirst().failure());
    this.failures = failures;
    failures.listed().stream().skip(1).limit(ATTACHED - 1).forEach(failed -> addSuppressed(failed.failure()));
  }

  /** Every task that failed unobserved (counted) and the first of them (listed). */
  public UnobservedFailures failures() {
    return failures;
  }
}
