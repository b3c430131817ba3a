package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The seed post's {@code cpu_bound_task}: {@code for i in range(10**8): count += i}. Its sum is
 * returned and reported by every worker, so the JIT must keep the loop.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SummingLoop implements CpuBody {

  /** The post's iteration count, 10^8. */
  public static final long POST_ITERATIONS = 100_000_000L;

  @Override
  public long compute(long from, long to) {
    long count = 0;
    for (long i = from; i < to; i++) {
      count += i;
    }
    return count;
  }
}
