package dev.yieldlab.benchmarks.cpu;

import dev.yieldlab.api.Loop;

/** {@link SummingLoop} with the post's {@code if i % 2_000_000 == 0} test, with and without the yield. */
final class ModuloSummingLoop {

  /**
   * The post's N. A constant, as in the post, so the JIT may turn the division into a multiply:
   * what a hand-written check costs in practice.
   */
  static final long EVERY = 2_000_000L;

  private ModuloSummingLoop() {}

  /** The test without the yield: what checking alone costs. */
  static long checkOnly(long iterations) {
    long sum = 0;
    long hits = 0;
    for (long i = 0; i < iterations; i++) {
      if (i % EVERY == 0) {
        hits++; // used in the result, so the JIT must keep the test
      }
      sum = sum * 31 + i;
    }
    return sum ^ hits;
  }

  /** As the post writes it: {@code if i % 2_000_000 == 0: await asyncio.sleep(0)}. */
  static long manual(Loop loop, long iterations) {
    long sum = 0;
    for (long i = 0; i < iterations; i++) {
      if (i % EVERY == 0) {
        loop.yieldNow();
      }
      sum = sum * 31 + i;
    }
    return sum;
  }
}
