package dev.yieldlab.loop;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.StallSample;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apiguardian.api.API;

/**
 * Tells when one coroutine holds the loop's thread past the run's stall threshold (asyncio's debug
 * mode and {@code slow_callback_duration}). The loop marks every stretch's start and end: two long
 * writes and a compare per switch, no allocation, no lock. A watchdog on another thread reads the
 * stretch under way ({@link #current()}) and, while it runs long, adds what it sees of the thread
 * ({@link #sample}); the loop puts the samples into the STALL event it records when the stretch ends.
 *
 * <p>The stretch's start and number are written with opaque stores, which cost what a plain store
 * does on x86 and still reach the watchdog's opaque reads: a stale read only delays a sample.
 */
@API(status = INTERNAL, since = "0.2")
public final class StallWatch {

  /** The stretch under way, as the watchdog reads it: its number, whose it is and when it began. */
  public record Stretch(long number, String task, long startNanos) {}

  private static final VarHandle START;
  private static final VarHandle NUMBER;
  private static final VarHandle TASK;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      START = lookup.findVarHandle(StallWatch.class, "startNanos", long.class);
      NUMBER = lookup.findVarHandle(StallWatch.class, "number", long.class);
      TASK = lookup.findVarHandle(StallWatch.class, "task", String.class);
    } catch (ReflectiveOperationException impossible) {
      throw new ExceptionInInitializerError(impossible);
    }
  }

  private final long thresholdNanos;
  private final ConcurrentLinkedQueue<Sampled> samples = new ConcurrentLinkedQueue<>();
  @SuppressWarnings("unused") // through START
  private long startNanos;
  /** Odd while a stretch runs, even between them: the watchdog sees a stretch only while one is under way. */
  @SuppressWarnings("unused") // through NUMBER
  private long number;
  @SuppressWarnings("unused") // through TASK
  private String task;

  private record Sampled(long stretch, StallSample sample) {}

  StallWatch(Duration threshold) {
    this.thresholdNanos = threshold.toNanos();
  }

  public Duration threshold() {
    return Duration.ofNanos(thresholdNanos);
  }

  /** The loop hands the thread to {@code taskName} at {@code now}. */
  void begin(String taskName, long now) {
    TASK.setOpaque(this, taskName);
    START.setOpaque(this, now);
    NUMBER.setOpaque(this, (long) NUMBER.getOpaque(this) + 1);
  }

  /**
   * The thread came back at {@code now}: the STALL subject to record when the stretch held it past
   * the threshold, null otherwise (the common case: one compare).
   */
  EventSubject.Stall end(long now) {
    long stretch = (long) NUMBER.getOpaque(this);
    NUMBER.setOpaque(this, stretch + 1);
    long held = now - (long) START.getOpaque(this);
    if (held <= thresholdNanos) {
      if (!samples.isEmpty()) {
        samples.clear(); // a sample of a stretch that ended in time after all
      }
      return null;
    }
    List<StallSample> taken = new ArrayList<>();
    for (Sampled sampled = samples.poll(); sampled != null; sampled = samples.poll()) {
      if (sampled.stretch() == stretch) {
        taken.add(sampled.sample());
      }
    }
    return new EventSubject.Stall(Duration.ofNanos(held), taken);
  }

  /** The stretch under way, for the watchdog; null between stretches. Callable from any thread. */
  public Stretch current() {
    long stretch = (long) NUMBER.getOpaque(this);
    if ((stretch & 1) == 0) {
      return null;
    }
    return new Stretch(stretch, (String) TASK.getOpaque(this), (long) START.getOpaque(this));
  }

  /** What the watchdog saw during {@code stretch}: kept for its STALL event. Callable from any thread. */
  public void sample(Stretch stretch, StallSample sample) {
    samples.add(new Sampled(stretch.number(), sample));
  }
}
