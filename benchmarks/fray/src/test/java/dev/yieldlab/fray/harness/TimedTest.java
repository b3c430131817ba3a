package dev.yieldlab.fray.harness;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The wall time of the one test a launcher request selects: from the JUnit Platform's
 * executionStarted to its executionFinished for that test (a {@code @FrayTest} is a template with a
 * single invocation, inside which Fray runs every schedule), read with System.nanoTime, and its
 * outcome. So it includes everything a user waits for in that test: Fray's setup of the run, every
 * schedule up to the last, and the report it writes on a failure; not the JVM's start.
 */
final class TimedTest implements TestExecutionListener {

  private long startedNanos;
  private long nanos = -1;
  private TestExecutionResult result;
  private int tests;

  @Override
  public void executionStarted(TestIdentifier test) {
    if (test.isTest()) {
      startedNanos = System.nanoTime();
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult outcome) {
    if (test.isTest()) {
      nanos = System.nanoTime() - startedNanos;
      result = outcome;
      tests++;
    }
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    if (test.isTest()) {
      tests++;
      result = TestExecutionResult.aborted(new IllegalStateException("skipped: " + reason));
    }
  }

  double seconds() {
    return nanos / 1e9;
  }

  /** Why this measurement cannot be used, or null when it can. */
  String problem() {
    if (tests != 1 || result == null) {
      return tests + " tests ran instead of 1 (is Fray's JDK in use? FrayTestExtension skips otherwise)";
    }
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      return result.getThrowable().map(Throwable::getMessage).orElse("aborted");
    }
    return null;
  }

  boolean failed() {
    return result != null && result.getStatus() == TestExecutionResult.Status.FAILED;
  }

  String failure() {
    return result == null ? "" : result.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse("");
  }
}
