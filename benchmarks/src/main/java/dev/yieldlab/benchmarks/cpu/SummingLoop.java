package dev.yieldlab.benchmarks.cpu;

/**
 * The seed's {@code for i in range(10**8)} as Java: an empty loop would be deleted by the JIT, so each
 * iteration extends a dependent multiply-add chain (about 1 ns) that it can neither remove nor
 * vectorize.
 *
 * <p>It has a class of its own, with this one loop, so that an instrumented copy of it gets exactly
 * one back-edge: "every N back-edges" then means every N iterations, as in the manual variant.
 */
public final class SummingLoop {

  /** The post's 10^8 iterations. */
  public static final long ITERATIONS = 100_000_000L;

  private SummingLoop() {}

  public static long sum(long iterations) {
    long sum = 0;
    for (long i = 0; i < iterations; i++) {
      sum = sum * 31 + i;
    }
    return sum;
  }
}
