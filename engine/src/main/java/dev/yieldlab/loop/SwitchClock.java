package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import java.util.function.BooleanSupplier;

/**
 * The loop's clock as the switch path reads it: reading the REAL clock costs about as much as a bare
 * continuation switch, so the loop reads it once per switch, not once per event.
 *
 * <p>Events a coroutine causes (spawn, log, yield, sleep, wait) take a {@linkplain #fresh() fresh}
 * reading: the coroutine's code has run since the last one. Events of the loop's own between two
 * coroutine slices (start, resume, wake, end) take the {@linkplain #latest() latest} reading as long
 * as no coroutine code has run since it was taken, which is the case right after a suspension (its
 * yield, sleep or wait event is the suspending coroutine's last act, see {@link #standsForNow()}). A
 * resume is therefore stamped with the time its predecessor suspended: the loop's bookkeeping in
 * between, a fraction of a microsecond, is not told apart.
 */
final class SwitchClock {

  private final LoopClock clock;
  private long lastReading;
  /** Whether {@link #lastReading} still stands for now: no coroutine ran and the loop did not wait since. */
  private boolean readingIsCurrent;
  /** Times the loop waited with nothing ready; only the loop thread counts, so a plain field. */
  private long idleWaits;

  SwitchClock(LoopClock clock) {
    this.clock = clock;
  }

  /** A fresh reading, for an event a coroutine causes. */
  long fresh() {
    lastReading = clock.now();
    return lastReading;
  }

  /** The latest reading while it still stands for now, otherwise a fresh one: for the loop's own events. */
  long latest() {
    if (!readingIsCurrent) {
      lastReading = clock.now();
      readingIsCurrent = true;
    }
    return lastReading;
  }

  /** The coroutine that just took a fresh reading suspends: that reading is the time of the switch. */
  void standsForNow() {
    readingIsCurrent = true;
  }

  /** Coroutine code runs (or ran on after a refused suspension): the latest reading is stale. */
  void stale() {
    readingIsCurrent = false;
  }

  /** Waits until {@code deadline} or until {@code abandon} says so; the reading is stale afterwards. */
  void waitUntil(long deadline, BooleanSupplier abandon) {
    idleWaits++;
    clock.waitUntil(deadline, abandon);
    readingIsCurrent = false;
  }

  /** How long a wait for I/O toward {@code deadline} may last in real nanos (-1: without a limit); see {@link LoopClock#ioTimeout}. */
  long ioTimeout(long deadline) {
    idleWaits++;
    return clock.ioTimeout(deadline);
  }

  /** The loop waited {@code waitedNanos} for I/O toward {@code deadline}; the reading is stale afterwards. */
  void waitedForIo(long waitedNanos, long deadline) {
    clock.waitedForIo(waitedNanos, deadline);
    readingIsCurrent = false;
  }

  /** Times the loop had nothing ready and waited, for a timer or in its selector. */
  long idleWaits() {
    return idleWaits;
  }

  /** A reading that leaves the switch path's state alone, for callers outside it. */
  long now() {
    return clock.now();
  }

  ClockKind kind() {
    return clock.kind();
  }
}
