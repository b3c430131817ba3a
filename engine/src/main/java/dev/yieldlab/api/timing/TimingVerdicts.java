package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The timing verdicts the executing check has reached so far, on its thread: {@link RatioAssert}
 * records each one, and the engine collects them around each run of a check, so that a confirmed or
 * refuted verdict reaches the report and the claims ledger typed (its interval as the evidence's
 * scope), not parsed back from a message. Inactive, and free, outside a check the engine runs.
 */
@API(status = INTERNAL, since = "0.4")
public final class TimingVerdicts {

  private static final ThreadLocal<List<TimingVerdict>> COLLECTED = new ThreadLocal<>();

  private TimingVerdicts() {}

  /** Starts collecting on this thread, forgetting anything collected before. */
  public static void collect() {
    COLLECTED.set(new ArrayList<>());
  }

  /** What was collected since {@link #collect()}, in order; collecting stops. */
  public static List<TimingVerdict> stop() {
    List<TimingVerdict> collected = COLLECTED.get();
    COLLECTED.remove();
    return collected == null ? List.of() : List.copyOf(collected);
  }

  static void record(TimingVerdict verdict) {
    List<TimingVerdict> collected = COLLECTED.get();
    if (collected != null) {
      collected.add(verdict);
    }
  }
}
