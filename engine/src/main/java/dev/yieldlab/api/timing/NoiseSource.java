package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What can disturb one side of a timed pair, as {@link Noise} measures it around the side. */
@API(status = EXPERIMENTAL, since = "0.4")
public enum NoiseSource {
  /** Other processes kept CPUs busy that the claim needs, or the side's own kernel counters say it waited for a CPU. */
  FOREIGN_LOAD("foreign load"),
  /**
   * The hypervisor ran something else on this VM's virtual CPUs ({@code steal} in {@code /proc/stat}):
   * counted with other processes' load, named so when it was most of it.
   */
  STEAL("steal time"),
  /** This JVM stopped its threads to collect garbage while the side ran. */
  GC_PAUSES("GC pauses"),
  /** The JIT compiled while the side ran: the code was not yet at its final speed, and the compiler threads took CPU. */
  JIT_COMPILATION("JIT compilation"),
  /** A bare loop, timed before and after each side, ran at another speed: the CPU's speed moved. */
  CPU_SPEED("CPU speed");

  private final String label;

  NoiseSource(String label) {
    this.label = label;
  }

  /** {@code foreign load}: how reports name it. */
  public String label() {
    return label;
  }
}
