package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * What one side of a {@link Run#paired() paired} run measured: its time, and whether the machine
 * was quiet enough for it to count.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface PairedSample {

  /** The time compared between the sides (e.g. workers' computing wall, leaving out JVM start-up). */
  Duration measured();

  /** The side's whole time, start-up included; reported beside {@link #measured()}, not compared. */
  default Duration total() {
    return measured();
  }

  /** How many CPUs other processes kept busy meanwhile; NaN when unknown (no {@code /proc}). */
  default double foreignCpus() {
    return Double.NaN;
  }

  /**
   * Whether the claim needs CPUs nobody else uses (parallel or pinned workers), so that a pair
   * measured while other processes were busy does not count. One thread doing N times the work keeps
   * its ratio under a steady foreign load, since it slows both sides alike.
   */
  default boolean needsFreeCpus() {
    return false;
  }

  /** The sample in words, for logs and failure messages. */
  default String describe() {
    return toString();
  }
}
