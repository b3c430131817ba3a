package dev.yieldlab.benchmarks.loop;

/** The shape both switch benchmarks share, so that the loop and its floor do the same work. */
final class RoundRobin {

  /** Tasks taking turns, as in the issue: 10. */
  static final int TASKS = 10;
  /** Yields each task makes per invocation; enough that creating the tasks costs under 1 %. */
  static final int YIELDS_PER_TASK = 1_000;
  /** Switches per invocation: every yield hands the thread to the next task. */
  static final int SWITCHES = TASKS * YIELDS_PER_TASK;

  private RoundRobin() {}
}
