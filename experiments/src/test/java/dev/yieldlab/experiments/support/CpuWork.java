package dev.yieldlab.experiments.support;

/**
 * The work inside one iteration of the post's CPU-bound loops. Java's JIT runs the post's empty
 * {@code for i in range(10**8): pass} in about 0.1 s, far shorter than the 1 s {@code io_task} it must
 * outlast, so each iteration of {@code cpu_heavy} mixes the counter into a running value: dependent
 * 64-bit arithmetic the JIT can neither remove (the result is used) nor vectorize.
 *
 * <p>This class is deliberately not nested in an experiment: instrumented variants inject yield points
 * only into the experiment's own classes, so the loops here add no back-edges of their own and "every
 * N back-edges" means every N iterations of the experiment's loop. It is public because the
 * instrumented copy of an experiment lives in another class loader, hence another runtime package,
 * and can reach only public members of classes outside its nest.
 */
public final class CpuWork {

  /**
   * Rounds of {@link #heavy}: about 20 ns per iteration on our CI machines, roughly what CPython
   * spends on one iteration of the post's loop, so 10^8 iterations take about 2 s as in the post.
   */
  public static final int HEAVY_ROUNDS = 12;

  private CpuWork() {}

  /** One round: an LCG step and an xorshift, about 1.7 ns here. */
  public static long light(long x, long i) {
    long y = x * 6364136223846793005L + i;
    return y ^ (y >>> 29);
  }

  /** {@link #HEAVY_ROUNDS} dependent rounds of {@link #light}. */
  public static long heavy(long x, long i) {
    long y = x;
    for (int round = 0; round < HEAVY_ROUNDS; round++) {
      y = light(y, i);
    }
    return y;
  }
}
