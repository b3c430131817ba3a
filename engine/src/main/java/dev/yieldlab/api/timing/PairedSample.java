package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What one side of a {@link dev.yieldlab.api.Run#paired() paired} run measured: its time, what it needs of the machine,
 * and whether its own counters say it was disturbed. The engine measures the rest of the noise
 * around every side itself ({@link Noise}).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface PairedSample {

  /** The time compared between the sides (e.g. workers' computing wall, leaving out JVM start-up). */
  Duration measured();

  /** The side's whole time, start-up included; reported beside {@link #measured()}, not compared. */
  default Duration total() {
    return measured();
  }

  /**
   * How many CPUs the claim needs to itself: 1 for one thread doing the work (N coroutines on one
   * loop keep their ratio under a steady foreign load, which slows both sides alike), N for N workers
   * meant to run in parallel. A side during which other processes kept busy more than the machine's
   * CPUs minus these (plus {@link Noise#FOREIGN_MARGIN_CPUS}) does not count: that precondition of the
   * claim did not hold.
   */
  default int freeCpusNeeded() {
    return 1;
  }

  /**
   * What disturbed this side, as its own kernel counters show it (a lone process pinned to CPU 0 that
   * waited to run: something else used that CPU); empty when nothing did.
   */
  default Optional<Disturbance> disturbance() {
    return Optional.empty();
  }

  /** The sample in words, for logs and failure messages. */
  default String describe() {
    return toString();
  }
}
