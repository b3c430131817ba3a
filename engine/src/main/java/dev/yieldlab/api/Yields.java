package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How a run variant's CPU-bound body gives the loop back its thread. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Yields {
  /** The body as written: if it never suspends, it keeps the loop (claim C4). */
  PLAIN,
  /**
   * The body yields by hand every {@link VariantSpec#every()} iterations, as the post's {@code if i
   * % 2_000_000 == 0: await asyncio.sleep(0)}; the body reads the mode and writes that test itself.
   */
  MANUAL,
  /** The body performs the same {@code i % N} test as MANUAL but never yields: the cost of the check alone. */
  CHECK_ONLY,
  /**
   * The plain body, run from a copy of the experiment's classes with a yield point injected at every
   * loop back-edge; it yields every {@link VariantSpec#every()} back-edges.
   */
  INJECTED,
  /** As INJECTED, but a yield point yields once every {@link VariantSpec#interval()} of wall time. */
  INJECTED_TIMED
}
