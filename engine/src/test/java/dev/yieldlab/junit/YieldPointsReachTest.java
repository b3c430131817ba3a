package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.real;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.YieldlabAssertions;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.InjectedYieldPoints;
import dev.yieldlab.api.timeline.TimelineEvent;
import dev.yieldlab.junit.fixtures.injected.UninstrumentedWorkFixture;
import dev.yieldlab.reporting.RunMeasures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An injected variant says what its yield points did: how many were injected, how often they were
 * reached and yielded, and where a stall reached none; and method-entry polls make recursion
 * preemptible. Through the engine, on the REAL clock.
 */
@DisplayName("Yield points report what they reached")
class YieldPointsReachTest {

  @BeforeAll
  static void runTheFixtureOnce() {
    UninstrumentedWorkFixture.RESULTS.clear();
    real().selectors(selectClass(UninstrumentedWorkFixture.class)).execute().testEvents()
        .assertStatistics(stats -> stats.failed(0));
  }

  @Test
  @DisplayName("a JDK sort that holds the loop is named: no yield point reached, the time spent in DualPivotQuicksort")
  void sortReachesNoYieldPoint() {
    RunResult sorts = UninstrumentedWorkFixture.RESULTS.get("sorts [injected]");
    InjectedYieldPoints points = sorts.yieldPoints().orElseThrow();

    assertThat(points.entryPolls()).as("polls at method entries of the fixture's classes").isPositive();
    // The run's main task may stall too, drawing the random numbers in JDK code (Random.ints): also unreached.
    assertThat(points.unreached()).as("stalls that reached no yield point")
        .filteredOn(unreached -> unreached.task().equals("sorter")).isNotEmpty().first().satisfies(unreached -> {
      assertThat(unreached.method()).startsWith("java.util.DualPivotQuicksort.");
      assertThat(unreached.instrumented()).isFalse();
      assertThat(unreached.describe()).startsWith("'sorter': no yield point reached in ")
          .contains("which has no instrumented back-edge");
    });
    assertThat(RunMeasures.of(ClockKind.REAL, sorts).reportEntries())
        .containsEntry("yieldpoints.unreached.stalls", Integer.toString(points.unreached().size()))
        .containsKey("yieldpoints.unreached.1");
  }

  /**
   * Asserted on the order of events, not on times: the REAL clock is the point here (the quantum is
   * wall time), and comparing two wake-up lags in wall time failed once by a hair on a busy machine
   * (3.2 ms against a quarter of 12.5 ms). In turns it cannot: without yields the sleeper resumes only
   * after fib(34) has ended; with them, within one of fib's stretches after its deadline, while fib
   * still computes.
   */
  @Test
  @DisplayName("recursion under a wall-time policy yields at method entries: its sleeper wakes while fib still runs, the plain variant's only after")
  void recursionIsPreemptible() {
    RunResult plain = UninstrumentedWorkFixture.RESULTS.get("recursion [plain]");
    RunResult timed = UninstrumentedWorkFixture.RESULTS.get("recursion [timed]");

    assertThat(plain.yieldPoints()).isEmpty();
    InjectedYieldPoints points = timed.yieldPoints().orElseThrow();
    assertThat(points.yielded()).as("yields at method entries").isPositive();
    assertThat(points.unreached()).isEmpty();
    assertThat(resumed(plain)).as("plain: the sleeper resumes after fib's end").isGreaterThan(fibEnd(plain));
    assertThat(resumed(timed)).as("timed: the sleeper resumes before fib's end").isLessThan(fibEnd(timed));
    YieldlabAssertions.assertThat(timed.timeline()).wokeWithinStretchesOf("sleeper", "fib", 1);
  }

  private static int resumed(RunResult run) {
    return run.timeline().task("sleeper").wakeUps().getFirst().resumeSequence();
  }

  private static int fibEnd(RunResult run) {
    return run.timeline().task("fib").events().stream().filter(event -> event.kind() == EventKind.END)
        .mapToInt(TimelineEvent::sequence).findFirst().orElseThrow();
  }
}
