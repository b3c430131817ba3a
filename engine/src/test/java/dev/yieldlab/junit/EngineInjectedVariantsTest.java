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
import dev.yieldlab.junit.fixtures.variants.CrossPackageFixture;
import dev.yieldlab.junit.fixtures.variants.EndlessLoopFixture;
import dev.yieldlab.junit.fixtures.variants.InjectedFixture;
import dev.yieldlab.junit.fixtures.variants.TimedFixture;
import dev.yieldlab.junit.fixtures.variants.VariantTreeFixture;
import dev.yieldlab.loop.LoopTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

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
}
