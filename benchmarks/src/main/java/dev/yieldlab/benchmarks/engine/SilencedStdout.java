package dev.yieldlab.benchmarks.engine;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Runs an action with {@code System.out} discarded. The yieldlab engine prints each run's post-style
 * log, which for 1,000 experiments would flood the benchmark's console; it still formats and prints
 * it (that cost is measured), only the bytes go nowhere. Both engines run through this alike.
 */
final class SilencedStdout {

  private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());

  private SilencedStdout() {}

  static void run(Runnable action) {
    PrintStream original = System.out;
    System.setOut(DISCARD);
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
  }
}
