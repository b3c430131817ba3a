package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.childId;
import static dev.yieldlab.junit.YieldlabKit.entriesOf;
import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.real;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.instrument.YieldPoints;
import dev.yieldlab.junit.fixtures.injected.CountingFixture;
import dev.yieldlab.junit.fixtures.variants.CrossPackageFixture;
import dev.yieldlab.junit.fixtures.variants.EndlessLoopFixture;
import dev.yieldlab.junit.fixtures.variants.InjectedFixture;
import dev.yieldlab.junit.fixtures.variants.TimedFixture;
import dev.yieldlab.junit.fixtures.variants.VariantTreeFixture;
import dev.yieldlab.loop.LoopTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * INJECTED and INJECTED_TIMED variants through the whole engine: the plain body runs from the
 * instrumented copy and yields at its back-edges. Counting back-edges is deterministic, so those
 * tests use the VIRTUAL clock; deadlines and timed preemption are wall time, so those use REAL.
 */
@DisplayName("Injected variants")
class EngineInjectedVariantsTest {

  @Test
  @DisplayName("INJECTED every N yields exactly iterations / N times in the CPU task; PLAIN never yields; same result")
  void injectedYieldsEveryNBackEdges() {
    EngineExecutionResults results = virtual().selectors(selectClass(InjectedFixture.class)).execute();
    results.testEvents().assertStatistics(stats -> stats.failed(0).aborted(0).succeeded(5));
    Map<String, String> evidence = entriesOf(results, childId(InjectedFixture.class, "check", "evidence"));
    assertThat(evidence)
        .containsEntry("cpu.yields.plain", "0")
        .containsEntry("cpu.yields.injected", Integer.toString(InjectedFixture.ITERATIONS / InjectedFixture.EVERY));
    // The yields change when the work runs, not what it computes.
    assertThat(evidence.get("sum.injected")).isEqualTo(evidence.get("sum.plain"));
  }

  @Test
  @DisplayName("the INJECTED variant runs on an instance of the instrumented copy, PLAIN on the experiment's own class")
  void injectedRunsOnTheInstrumentedCopy() {
    EngineExecutionResults results = virtual().selectors(selectClass(InjectedFixture.class)).execute();
    Map<String, String> evidence = entriesOf(results, childId(InjectedFixture.class, "check", "evidence"));
    assertThat(evidence)
        .containsEntry("loader.injected", "yieldlab-instrumented")
        .containsEntry("loader.plain", InjectedFixture.class.getClassLoader().getName());
  }

  @Test
  @DisplayName("the yield policy is uninstalled after an injected variant, so plain code and later runs are not preempted")
  void policyIsUninstalledAfterwards() {
    virtual().selectors(selectClass(InjectedFixture.class)).execute();
    assertThat(YieldPoints.installedPolicy()).isNull();
    // The policies were installed on the runs' loop threads, not this one: none is left on any thread.
    assertThat(YieldPoints.threadsWithAPolicy()).isZero();
  }

  @Test
  @Timeout(10)
  @DisplayName("while (true) {} under INJECTED fails at @Run(timeout = \"300ms\") naming the method; the rest still runs")
  void endlessLoopFailsWithTimeout() {
    long start = System.nanoTime();
    // VariantTreeFixture runs after it and has injected variants of its own: they need the policy
    // of the failed variant to have been uninstalled.
    EngineExecutionResults results = real()
        .selectors(selectClass(EndlessLoopFixture.class), selectClass(VariantTreeFixture.class))
        .execute();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Throwable failure = failureOf(results, "variant:injected");
    assertThat(failure).isInstanceOf(LoopTimeoutException.class)
        .hasMessageContaining("timeout of PT0.3S")
        .hasMessageContaining("'spinner'")
        .hasMessageContaining("EndlessLoopFixture.spinForever");
    // The loop's own deadline ended it, not the watchdog (which waits 2 s longer and abandons the thread).
    assertThat(failure).isNotInstanceOf(RunTimeoutException.class);
    assertThat(resultOf(results, "run:afterwards").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "check:afterwardsRan").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "experiment:" + VariantTreeFixture.class.getName()).getStatus())
        .isEqualTo(Status.SUCCESSFUL);
    results.testEvents().assertStatistics(stats -> stats.failed(1).succeeded(2 + 9));
    assertThat(took).as("the 300 ms timeout, not the watchdog's 2 s grace").isLessThan(Duration.ofMillis(1_500));
  }

  @Test
  @DisplayName("an injected body calling a package-private helper outside its nest fails with the engine's explanation")
  void packagePrivateHelperIsExplained() {
    EngineExecutionResults results = virtual().selectors(selectClass(CrossPackageFixture.class)).execute();
    assertThat(resultOf(results, "variant:plain").getStatus()).isEqualTo(Status.SUCCESSFUL);
    Throwable direct = results.testEvents().failed().stream()
        .filter(e -> e.getTestDescriptor().getUniqueId()
            .equals(childId(CrossPackageFixture.class, "run", "direct").append("variant", "injected")))
        .findFirst().orElseThrow()
        .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow();
    assertThat(direct).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("direct [injected] runs from an instrumented copy of " + CrossPackageFixture.class.getName())
        .hasMessageContaining("make the helper it calls public, or nest it in the experiment")
        .hasCauseInstanceOf(IllegalAccessError.class);
  }

  @Test
  @DisplayName("the same explanation when the helper is called from a task the injected run spawned")
  void packagePrivateHelperFromSpawnedTaskIsExplained() {
    EngineExecutionResults results = virtual().selectors(selectClass(CrossPackageFixture.class)).execute();
    Throwable spawned = results.testEvents().failed().stream()
        .filter(e -> e.getTestDescriptor().getUniqueId()
            .equals(childId(CrossPackageFixture.class, "run", "spawned").append("variant", "injected")))
        .findFirst().orElseThrow()
        .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow();
    assertThat(spawned).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("make the helper it calls public, or nest it in the experiment")
        .hasCauseInstanceOf(IllegalAccessError.class);
  }

  @Test
  @Timeout(10)
  @DisplayName("INJECTED_TIMED with interval 2ms yields during a 50 ms loop; the PLAIN variant of it does not")
  void timedVariantYields() {
    EngineExecutionResults results = real().selectors(selectClass(TimedFixture.class)).execute();
    results.testEvents().assertStatistics(stats -> stats.failed(0).succeeded(3));
    Map<String, String> evidence = entriesOf(results, childId(TimedFixture.class, "check", "evidence"));
    assertThat(Long.parseLong(evidence.get("busy.yields.timed"))).isGreaterThanOrEqualTo(1);
    assertThat(evidence).containsEntry("busy.yields.plain", "0");
  }

  /**
   * One experiment with a plain, an injected and a timed run of one counter, an endless loop and a body
   * that calls a package-private helper, run once through the engine on the REAL clock.
   */
  @Nested
  @DisplayName("Injected yield points through the engine, on the REAL clock")
  class CountingExperiment {


    private static EngineExecutionResults results;
    private static Duration took;

    @BeforeAll
    static void runTheFixtureOnce() {
      long started = System.nanoTime();
      results = EngineTestKit.engine(YieldlabKit.ENGINE).configurationParameter("yieldlab.clock", "REAL")
          .selectors(selectClass(CountingFixture.class)).execute();
      took = Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    @DisplayName("the injected variant yields once per 1,000,000 back-edges; the plain one never yields")
    void yieldCounts() {
      assertThat(counterYields("plain")).isZero();
      // 10,000,000 back-edges, a yield at every 1,000,000th: exactly 10.
      assertThat(counterYields("injected")).isEqualTo(CountingFixture.ITERATIONS / 1_000_000);
    }

    @Test
    @DisplayName("the timed variant yields at least once while the loop computes for milliseconds")
    void timedYields() {
      assertThat(counterYields("timed")).isPositive();
    }

    @Test
    @DisplayName("the injected run ran on an instance of the instrumented copy, the plain one on the original")
    void injectedRunsFromTheCopy() {
      assertThat(value("plain")).isNotEqualTo(value("injected"));
      assertThat(value("injected")).isEqualTo("yieldlab-instrumented");
    }

    @Test
    @DisplayName("while (true) {} under injected yield points fails at its 300 ms timeout, naming the method")
    void endlessLoopTimesOut() {
      Throwable failure = failureOf("spinsForever", "injected");
      assertThat(failure).isInstanceOf(LoopTimeoutException.class)
          .hasMessageContaining("run exceeded its timeout of PT0.3S")
          .hasMessageContaining("CountingFixture.spinsForever");
      // The suite went on: the other runs of the experiment ran, and nothing waited for a watchdog.
      assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("an injected body that calls a package-private helper fails with what to do, not a bare IllegalAccessError")
    void packagePrivateHelper() {
      Throwable failure = failureOf("callsPackagePrivateHelper", "injected");
      assertThat(failure).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("runs from an instrumented copy of " + CountingFixture.class.getName())
          .hasMessageContaining("make the helper it calls public, or nest it in the experiment")
          .hasCauseInstanceOf(IllegalAccessError.class);
    }

    private static long counterYields(String variant) {
      return (Long) observed(variant).get(0);
    }

    private static String value(String variant) {
      return (String) observed(variant).get(1);
    }

    private static List<Object> observed(String variant) {
      assertThat(resultOf(results, "check:readsCounter").getStatus()).isEqualTo(Status.SUCCESSFUL);
      return CountingFixture.OBSERVED.get(variant);
    }

    /** The failure of one variant of one run: several runs here have a variant named "injected". */
    private static Throwable failureOf(String run, String variant) {
      return results.testEvents().finished().stream()
          .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains("[run:" + run + "]/[variant:" + variant + "]"))
          .findFirst().orElseThrow()
          .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }
  }
}
