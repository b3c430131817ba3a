package dev.yieldlab.instrument.samples;

/** CPU-bound bodies without a single yield, to run instrumented inside a loop. */
public final class CpuWork {

  private CpuWork() {}

  /** Exactly {@code iterations} back-edges taken (the loop condition's last test falls through). */
  public static long sumTo(int iterations) {
    long sum = 0;
    for (int i = 0; i < iterations; i++) {
      sum += i;
    }
    return sum;
  }

  /** Burns the CPU for about {@code nanos}, by the wall clock; returns the iterations it made. */
  public static long spinFor(long nanos) {
    long end = System.nanoTime() + nanos;
    long iterations = 0;
    while (System.nanoTime() < end) {
      iterations++;
    }
    return iterations;
  }
}
