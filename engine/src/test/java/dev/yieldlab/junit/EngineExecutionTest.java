package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.leafSegments;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.ClockFixture;
import dev.yieldlab.junit.fixtures.HangingFixture;
import dev.yieldlab.junit.fixtures.ThrowingConstructorFixture;
import dev.yieldlab.junit.fixtures.PassingFixture;
import dev.yieldlab.junit.fixtures.ThrowingRunFixture;
import dev.yieldlab.junit.fixtures.TimeoutFixture;
import dev.yieldlab.junit.fixtures.WrongOrderFixture;
import dev.yieldlab.loop.LoopTimeoutException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The engine executing fixture experiments for real, observed through EngineTestKit's events. */
@DisplayName("The yieldlab engine executing experiments")
class EngineExecutionTest {

  @Test
  @DisplayName("builds the tree experiment container -> one test per run and per check, runs first")
  void treeShape() {
    TestDescriptor engine = virtual().selectors(selectClass(PassingFixture.class)).discover().getEngineDescriptor();
    assertThat(engine.getChildren()).hasSize(1);
    TestDescriptor experiment = engine.getChildren().iterator().next();
    assertThat(experiment.getUniqueId()).isEqualTo(YieldlabKit.experimentId(PassingFixture.class));
    assertThat(experiment.isContainer()).isTrue();
    assertThat(experiment.getDisplayName()).isEqualTo("F1: Two sleeping tasks take turns");
    assertThat(experiment.getSource()).contains(ClassSource.from(PassingFixture.class));
    // The fixture declares its checks first; the engine orders runs before checks anyway.
    assertThat(experiment.getChildren()).extracting(d -> d.getUniqueId().getLastSegment().getType())
        .containsExactly("run", "run", "check", "check");
    assertThat(experiment.getChildren()).allMatch(TestDescriptor::isTest)
        .allMatch(d -> d.getSource().orElseThrow() instanceof MethodSource);
    assertThat(experiment.getChildren()).extracting(TestDescriptor::getDisplayName)
        .containsExactlyInAnyOrder("two tasks gathered", "answer", "the steps alternate", "answerIsRead");
  }

  @Test
  @DisplayName("runs a passing experiment: every run and check succeeds, and every run ends before any check starts")
  void passingExperiment() {
    EngineExecutionResults results = virtual().selectors(selectClass(PassingFixture.class)).execute();
    results.containerEvents().assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4).failed(0).aborted(0));
    // Started and finished events of the tests, in the order the engine reported them.
    List<String> order = leafSegments(results.testEvents()
        .filter(e -> e.getType() == EventType.STARTED || e.getType() == EventType.FINISHED).toList());
    int lastRunEvent = Math.max(order.lastIndexOf("run:interleaved"), order.lastIndexOf("run:answer"));
    int firstCheckEvent = Math.min(order.indexOf("check:stepsAlternate"), order.indexOf("check:answerIsRead"));
    assertThat(lastRunEvent).as("event order %s", order).isLessThan(firstCheckEvent);
  }

  @Test
  @DisplayName("fails a check whose expected log order is wrong with an AssertionFailedError showing expected and actual order")
  void wrongOrderFailsWithDiff() {
    EngineExecutionResults results = virtual().selectors(selectClass(WrongOrderFixture.class)).execute();
    assertThat(resultOf(results, "run:twoTasks").getStatus()).isEqualTo(Status.SUCCESSFUL);
    Throwable failure = failureOf(results, "check:expectsSequentialOrder");
    assertThat(failure).isInstanceOf(AssertionFailedError.class);
    // The message gives both orders and the post-style log with times, so a reader sees what happened.
    assertThat(failure.getMessage())
        .contains("post-style log:")
        .contains("a: step 0 at +0.000 s")
        .contains("[\"a: step 0\", \"b: step 0\", \"a done\", \"b done\"]")
        .contains("[\"a: step 0\", \"a done\", \"b: step 0\", \"b done\"]");
    AssertionFailedError diff = (AssertionFailedError) failure;
    assertThat(diff.isExpectedDefined() && diff.isActualDefined()).as("IDE diff available").isTrue();
    assertThat(diff.getActual().getStringRepresentation()).contains("b: step 0");
  }

  @Test
  @DisplayName("fails a run that throws with the original exception and aborts the check that reads it, with that cause")
  void throwingRunAbortsItsCheck() {
    EngineExecutionResults results = virtual().selectors(selectClass(ThrowingRunFixture.class)).execute();
    Throwable runFailure = failureOf(results, "run:explodes");
    assertThat(runFailure).isExactlyInstanceOf(IllegalStateException.class).hasMessage(ThrowingRunFixture.MESSAGE);
    // Thrown by the fixture's coroutine, not by the engine: its own stack frame is there.
    assertThat(runFailure.getStackTrace()).anyMatch(f -> f.getClassName().startsWith(ThrowingRunFixture.class.getName()));

    assertThat(resultOf(results, "check:readsTheFailedRun").getStatus()).isEqualTo(Status.ABORTED);
    Throwable aborted = failureOf(results, "check:readsTheFailedRun");
    assertThat(aborted).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("run 'explodes' failed")
        .cause().isSameAs(runFailure);

    // The other run and its check are untouched.
    assertThat(resultOf(results, "run:fine").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "check:readsTheFineRun").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "experiment:" + ThrowingRunFixture.class.getName()).getStatus())
        .isEqualTo(Status.SUCCESSFUL);
  }

  @Test
  @DisplayName("fails a run that passes its @Run(timeout) on the VIRTUAL clock with LoopTimeoutException listing unfinished tasks")
  void runTimeout() {
    long started = System.nanoTime();
    EngineExecutionResults results = virtual().selectors(selectClass(TimeoutFixture.class)).execute();
    Throwable failure = failureOf(results, "run:sleepsPastOwnTimeout");
    assertThat(failure).isInstanceOf(LoopTimeoutException.class)
        .hasMessageContaining("timeout of PT5S")
        .hasMessageContaining("task 'sleepsPastOwnTimeout' waits for gather(sleeper)")
        .hasMessageContaining("task 'sleeper' waits for sleep PT10S");
    // Without a configured default, the 2-minute sleep passes the 60 s default timeout.
    assertThat(failureOf(results, "run:sleepsTwoMinutes")).isInstanceOf(LoopTimeoutException.class)
        .hasMessageContaining("timeout of PT1M");
    // Virtual time: no real waiting, far below the 5 s and 60 s limits.
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(5.0);
  }

  @Test
  @DisplayName("fails a run that blocks its loop thread by the watchdog after timeout + grace, and the suite goes on")
  void watchdogEndsBlockedRun() {
    long started = System.nanoTime();
    EngineExecutionResults results = virtual()
        .selectors(selectClass(HangingFixture.class), selectClass(PassingFixture.class)).execute();
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(failureOf(results, "run:blocksTheLoopThread")).isInstanceOf(RunTimeoutException.class)
        .hasMessageContaining("run 'blocksTheLoopThread' did not finish within its timeout of PT0.1S (+PT2S grace)")
        .hasMessageContaining("task 'blocksTheLoopThread' holds the loop's thread in a blocking call, Thread.sleep, at"
            + " HangingFixture.java:")
        .hasMessageContaining("without ever suspending");
    // 0.1 s timeout + 2 s grace, not the 5 s the run would block for.
    assertThat(seconds).isBetween(2.0, 4.5);
    assertThat(resultOf(results, "experiment:" + PassingFixture.class.getName()).getStatus())
        .isEqualTo(Status.SUCCESSFUL);
  }

  @Test
  @DisplayName("fails the experiment with its constructor's exception and runs none of its runs")
  void throwingConstructor() {
    EngineExecutionResults results = virtual().selectors(selectClass(ThrowingConstructorFixture.class)).execute();
    assertThat(failureOf(results, "experiment:" + ThrowingConstructorFixture.class.getName()))
        .isExactlyInstanceOf(IllegalStateException.class).hasMessage(ThrowingConstructorFixture.MESSAGE);
    results.testEvents().assertStatistics(stats -> stats.started(0));
  }

  @Test
  @DisplayName("reads yieldlab.timeout.default: with 3m the 2-minute sleep passes, its own 5s limit still fails")
  void defaultTimeoutParameter() {
    EngineExecutionResults results = virtual().configurationParameter("yieldlab.timeout.default", "3m")
        .selectors(selectClass(TimeoutFixture.class)).execute();
    assertThat(resultOf(results, "run:sleepsTwoMinutes").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "run:sleepsPastOwnTimeout").getStatus()).isEqualTo(Status.FAILED);
  }

  @Test
  @DisplayName("publishes each run's measures as report entries: clock, elapsed.ms, switches, threads, events")
  void reportEntries() {
    EngineExecutionResults results = virtual().selectors(selectClass(PassingFixture.class)).execute();
    List<Event> published = results.allEvents().reportingEntryPublished().list();
    assertThat(YieldlabKit.leafSegments(published)).containsExactlyInAnyOrder("run:interleaved", "run:answer");
    Map<String, String> interleaved = entryOf(published, "run:interleaved");
    assertThat(interleaved).containsEntry("clock", "VIRTUAL")
        .containsEntry("elapsed.median.ms", "2000.000") // 2 steps x 1 s, exactly, on the virtual clock
        .containsEntry("threads", "1")
        .containsKeys("switches", "events");
    assertThat(Integer.parseInt(interleaved.get("switches"))).isGreaterThanOrEqualTo(4);
  }

  @Test
  @DisplayName("reads yieldlab.clock: REAL and VIRTUAL (case-insensitive) reach the run's loop")
  void clockParameter() {
    for (String value : List.of("REAL", "virtual")) {
      EngineExecutionResults results = EngineTestKit.engine(YieldlabKit.ENGINE)
          .configurationParameter("yieldlab.clock", value)
          .selectors(selectClass(ClockFixture.class)).execute();
      results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
      assertThat(entryOf(results.allEvents().reportingEntryPublished().list(), "run:whichClock"))
          .containsEntry("clock", value.toUpperCase(java.util.Locale.ROOT));
    }
  }

  @Test
  @DisplayName("defaults to the REAL clock when yieldlab.clock is not set")
  void realClockByDefault() {
    EngineExecutionResults results = EngineTestKit.engine(YieldlabKit.ENGINE)
        .selectors(selectClass(ClockFixture.class)).execute();
    assertThat(entryOf(results.allEvents().reportingEntryPublished().list(), "run:whichClock"))
        .containsEntry("clock", "REAL");
  }

  @Test
  @DisplayName("rejects an unknown yieldlab.clock with an error that names the parameter and the valid values")
  void badClockParameter() {
    EngineExecutionResults results = EngineTestKit.engine(YieldlabKit.ENGINE)
        .configurationParameter("yieldlab.clock", "SUNDIAL")
        .selectors(selectClass(ClockFixture.class)).execute();
    Throwable failure = failureOf(results, "engine:yieldlab");
    assertThat(failure).hasStackTraceContaining("yieldlab.clock=SUNDIAL is not a clock: use REAL or VIRTUAL");
    results.testEvents().assertStatistics(stats -> stats.succeeded(0));
  }

  @Test
  @DisplayName("rejects a malformed yieldlab.timeout.default with an error that shows how to write one")
  void badTimeoutParameter() {
    EngineExecutionResults results = virtual().configurationParameter("yieldlab.timeout.default", "soon")
        .selectors(selectClass(ClockFixture.class)).execute();
    Throwable failure = failureOf(results, "engine:yieldlab");
    assertThat(failure).hasStackTraceContaining(
        "yieldlab.timeout.default = \"soon\" is not a duration: write a whole number with us, ms, s or m, e.g. \"10s\"");
    results.testEvents().assertStatistics(stats -> stats.succeeded(0));
  }

  private static Map<String, String> entryOf(List<Event> published, String segment) {
    return published.stream()
        .filter(e -> YieldlabKit.leafSegment(e).equals(segment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no report entry for " + segment))
        .getRequiredPayload(ReportEntry.class)
        .getKeyValuePairs();
  }
}
