package dev.yieldlab.instrument.samples;

/** The post's cpu_heavy in Java: a loop of about 1 ns per iteration that the JIT cannot remove. */
public final class SummingLoop {

  private SummingLoop() {}

  public static long sum(int iterations) {
    long sum = 0;
    for (int i = 0; i < iterations; i++) {
      sum = sum * 31 + i; // a dependency chain: no vectorising, no closed form
    }
    return sum;
  }
}
