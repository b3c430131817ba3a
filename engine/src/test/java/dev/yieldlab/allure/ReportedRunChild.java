package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.yieldlab.junit.YieldlabConfiguration;
import dev.yieldlab.junit.YieldlabTestEngine;
import dev.yieldlab.junit.fixtures.scale.MillionSleepersFixture;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The main class of {@link ReportBoundsTest}'s and {@link MachinesReportTest}'s child JVMs: runs {@link
 * MillionSleepersFixture} (or the experiment class named by the first argument) through
 * the launcher as Surefire does, Allure's listener writing into {@code -Dallure.results.directory},
 * on the REAL clock with one repetition, and prints what the parent compares: the body's own time,
 * the time the Allure reporter took to write the run's page ({@link ReportTiming}), and the run test's
 * wall time (start to finish event: the run, its timeline snapshot, the page, and the result that
 * Allure's listener writes before this listener hears of the end).
 */
final class ReportedRunChild {

  private ReportedRunChild() {}

  /**
   * Runs {@code fixture} in a child JVM through this main class, Allure's listener writing into
   * {@code results}, with {@code flags} for the JVM; asserts that it ends within two minutes with
   * exit code 0 and returns what it printed (also kept in {@code log}).
   */
  static String inChildJvm(Path log, Path results, String fixture, String... flags) throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"));
    command.addAll(List.of(flags));
    command.addAll(List.of("-Dallure.results.directory=" + results,
        "-cp", System.getProperty("java.class.path") + File.pathSeparator + ListenerClasspath.get(),
        ReportedRunChild.class.getName(), fixture));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the child JVM has ended").isTrue();
    } finally {
      child.destroyForcibly();
    }
    String output = Files.readString(log);
    assertThat(child.exitValue()).as("exit code; output: %s", output).isZero();
    return output;
  }

  public static void main(String[] args) {
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    AtomicLong started = new AtomicLong();
    AtomicLong wall = new AtomicLong();
    TestExecutionListener timing = new TestExecutionListener() {
      @Override
      public void executionStarted(TestIdentifier test) {
        if (test.isTest()) {
          started.set(System.nanoTime());
        }
      }

      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
          wall.set(System.nanoTime() - started.get());
        }
      }
    };
    try (LauncherSession session = LauncherFactory.openSession()) {
      session.getLauncher().execute(request()
          .selectors(selectClass(args.length > 0 ? args[0] : MillionSleepersFixture.class.getName()))
          .filters(includeEngines(YieldlabTestEngine.ENGINE_ID))
          .configurationParameter(YieldlabConfiguration.WARMUPS, "0")
          .configurationParameter(YieldlabConfiguration.REPETITIONS, "1")
          .build(), summary, timing);
    }
    summary.getSummary().getFailures().forEach(failure -> failure.getException().printStackTrace());
    System.out.println("tests succeeded: " + summary.getSummary().getTestsSucceededCount());
    System.out.println("body nanos: " + MillionSleepersFixture.bodyNanos);
    System.out.println("test wall nanos: " + wall.get());
    System.out.println("reporter nanos: " + ReportTiming.reporterNanos());
  }
}
