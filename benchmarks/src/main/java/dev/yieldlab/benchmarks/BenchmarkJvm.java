package dev.yieldlab.benchmarks;

/** What every JVM that runs yieldlab coroutines needs, as constants that annotations can use. */
public final class BenchmarkJvm {

  /**
   * The export yieldlab's coroutines need, in the one-argument form so that it fits one element of
   * JMH's {@code @Fork(jvmArgsAppend)} and of a {@link ProcessBuilder} command.
   */
  public static final String ADD_EXPORTS = "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED";

  /**
   * JMH 1.37 reads field offsets through {@code sun.misc.Unsafe}, which JDK 25 allows but warns about
   * in every JVM that does it (the comparison's own and each fork); the warning is noise here.
   */
  public static final String ALLOW_UNSAFE = "--sun-misc-unsafe-memory-access=allow";

  private BenchmarkJvm() {}
}
