package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A CPU-bound computation over a range of iterations. Workers may run it in chunks (the emulated GIL
 * checks its switch interval between chunks), so {@code compute(a, c)} must equal {@code compute(a, b)
 * + compute(b, c)}.
 *
 * <p>Child processes find a body by its class name, so an implementation must be a public class with
 * a public constructor without parameters.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface CpuBody {

  /**
   * Computes iterations {@code from} (inclusive) to {@code to} (exclusive) and returns a value that
   * depends on all of them, so that the JIT cannot remove the work: workers report it.
   */
  long compute(long from, long to);
}
