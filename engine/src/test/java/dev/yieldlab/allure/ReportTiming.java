package dev.yieldlab.allure;

import dev.yieldlab.reporting.ExperimentReporter;
import dev.yieldlab.reporting.RunReport;

/**
 * Two reporters that time the Allure reporter from outside, in {@link ReportedRunChild}'s JVM: the
 * engine calls its reporters in class-path order, and the child's class path puts {@link Before}'s
 * service file ahead of the engine's (which names {@link AllureExperimentReporter}) and {@link
 * After}'s behind it. No hook in the reporter itself.
 */
final class ReportTiming {

  static volatile long before;
  static volatile long after;

  private ReportTiming() {}

  /** Nanos the reporters between the two took for the last run. */
  static long reporterNanos() {
    return after - before;
  }

  public static final class Before implements ExperimentReporter {
    @Override
    public void runFinished(RunReport run) {
      before = System.nanoTime();
    }
  }

  public static final class After implements ExperimentReporter {
    @Override
    public void runFinished(RunReport run) {
      after = System.nanoTime();
    }
  }
}
