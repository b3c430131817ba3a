package dev.yieldlab.loop;

/**
 * What the loop does when no coroutine is ready: wait for the next timer, parking (or, on the
 * VIRTUAL clock, jumping to it); or, while a coroutine waits for a socket, a future or a thread call,
 * wait in the I/O driver's selector with the next timer's deadline as the timeout. Nothing to wait
 * for at all is a deadlock; nothing before the run's deadline is its timeout, reached rather than
 * jumped past.
 */
final class IdleWait {

  private IdleWait() {}

  static void untilSomethingHappens(TimerQueue timers, RunLimits limits, SwitchClock clock, IoDriver io) {
    boolean timer = timers.hasStanding();
    boolean outside = io.hasPending();
    if (!timer && !outside) {
      throw limits.deadlock();
    }
    limits.checkStop();
    if (limits.passed(clock.latest())) {
      throw limits.timedOut();
    }
    long next = timer ? timers.nextDeadline() : Long.MAX_VALUE;
    if (next > limits.deadline) {
      // Nothing but I/O can happen before the deadline: wait until it and fail, rather than jump past it.
      if (outside) {
        waitForIo(limits.deadline, clock, io);
        if (clock.latest() < limits.deadline) {
          return; // a socket or a thread came first
        }
      } else {
        clock.waitUntil(limits.deadline, limits::stopRequested);
      }
      limits.checkStop();
      throw limits.timedOut();
    }
    if (outside) {
      waitForIo(next, clock, io);
    } else {
      clock.waitUntil(next, limits::stopRequested);
    }
  }

  /**
   * Waits in the I/O driver's selector until a socket or another thread wakes the loop or the clock
   * would reach {@code deadline}, then tells the clock how long that took (the VIRTUAL clock moves on
   * by it): the clock says how long, the driver waits.
   */
  private static void waitForIo(long deadline, SwitchClock clock, IoDriver io) {
    long timeout = clock.ioTimeout(deadline);
    long start = System.nanoTime();
    io.select(timeout);
    clock.waitedForIo(System.nanoTime() - start, deadline);
  }
}
