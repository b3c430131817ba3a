package dev.yieldlab.instrument;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How often instrumented code gives up the loop: what a variant of a CPU-bound run declares.
 * Install one for a run with {@link YieldPoints#install(YieldPolicy)}.
 *
 * <p>The injected poll is the same for every policy (a local counter and a volatile flag), so one
 * instrumented copy serves all of them; the policy only decides the counter's budget and whether a
 * timer raises the flag.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class YieldPolicy {

  /** What the slow path does once reached. */
  enum Kind {
    /** Never reaches the slow path in practice: the instrumented copy behaves as plain code plus the poll. */
    NONE,
    /** Every {@code interval} back-edges: deterministic, the injected twin of the post's {@code i % N == 0}. */
    BACK_EDGES,
    /** Every {@code interval} back-edges, but only counts: the cost of the check without the switches. */
    POLL_ONLY,
    /** Whenever a timer has raised the flag, like CPython's 5 ms switch interval. */
    WALL_TIME
  }

  private final Kind kind;
  private final long interval;

  private YieldPolicy(Kind kind, long interval) {
    this.kind = kind;
    this.interval = interval;
  }

  /** Never yield; instrumented code only pays for its polls. */
  public static YieldPolicy none() {
    return new YieldPolicy(Kind.NONE, Integer.MAX_VALUE);
  }

  /** Yield once every {@code backEdges} loop back-edges taken in a method invocation (counted per invocation). */
  public static YieldPolicy everyBackEdges(int backEdges) {
    return new YieldPolicy(Kind.BACK_EDGES, positive(backEdges, "backEdges"));
  }

  /**
   * Reach the slow path every {@code backEdges} back-edges like {@link #everyBackEdges} but never
   * yield: the "check-only" variant that separates the poll's cost from the switches' cost.
   */
  public static YieldPolicy pollOnlyEvery(int backEdges) {
    return new YieldPolicy(Kind.POLL_ONLY, positive(backEdges, "backEdges"));
  }

  /** Yield at the first back-edge after each {@code quantum} of wall time (a daemon timer keeps time). */
  public static YieldPolicy every(Duration quantum) {
    return everyNanos(quantum.toNanos());
  }

  /** As {@link #every(Duration)}, in nanoseconds. */
  public static YieldPolicy everyNanos(long quantumNanos) {
    return new YieldPolicy(Kind.WALL_TIME, positive(quantumNanos, "quantumNanos"));
  }

  Kind kind() {
    return kind;
  }

  /** Back-edges between slow paths (counter kinds) or nanoseconds per quantum (wall time). */
  long interval() {
    return interval;
  }

  /** The counter's budget after each slow path: the interval, or "never" when a timer decides. */
  int budget() {
    return kind == Kind.BACK_EDGES || kind == Kind.POLL_ONLY ? (int) interval : Integer.MAX_VALUE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof YieldPolicy that && kind == that.kind && interval == that.interval;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Long.hashCode(interval);
  }

  /** Reads as a variant's parameter: {@code yield every 2000000 back-edges}, {@code yield every 5 ms}. */
  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "no yields";
      case BACK_EDGES -> String.format(Locale.ROOT, "yield every %d back-edges", interval);
      case POLL_ONLY -> String.format(Locale.ROOT, "poll only, every %d back-edges", interval);
      case WALL_TIME -> "yield every " + quantumText();
    };
  }

  private String quantumText() {
    if (interval % 1_000_000 == 0) {
      return interval / 1_000_000 + " ms";
    }
    return interval % 1_000 == 0 ? interval / 1_000 + " us" : interval + " ns";
  }

  private static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
