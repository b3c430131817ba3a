package dev.yieldlab.benchmarks.cpu;

/**
 * Recursion without a loop: {@code fib(n)} makes about 1.6 million calls for n = 30 and has no
 * back-edge, so in an instrumented copy only the poll at its entry can preempt it. A class of its own,
 * so that the copy holds this one method.
 */
public final class Fib {

  private Fib() {}

  public static long fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
  }
}
