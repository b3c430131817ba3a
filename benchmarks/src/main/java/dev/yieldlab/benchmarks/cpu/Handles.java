package dev.yieldlab.benchmarks.cpu;

/**
 * Calls through a {@link java.lang.invoke.MethodHandle} (how a benchmark reaches the instrumented
 * copy of a class, which lives in a class loader of its own) as a coroutine body: a body may throw
 * {@code Exception}, {@code invokeExact} throws {@code Throwable}.
 */
public final class Handles {

  /** A call of {@code invokeExact} returning a long, e.g. {@code () -> (long) handle.invokeExact(n)}. */
  @FunctionalInterface
  public interface LongCall {
    long call() throws Throwable;
  }

  private Handles() {}

  /** {@code call}'s result; its exceptions and errors unchanged, any other throwable wrapped. */
  public static long invoke(LongCall call) throws Exception {
    try {
      return call.call();
    } catch (Exception | Error thrown) {
      throw thrown;
    } catch (Throwable other) {
      throw new IllegalStateException(other);
    }
  }
}
