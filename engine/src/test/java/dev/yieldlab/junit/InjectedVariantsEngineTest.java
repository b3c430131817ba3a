package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.injected.InjectedFixture;
import dev.yieldlab.loop.LoopTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * INJECTED variants through the real engine, on the REAL clock: the plain body runs from an
 * instrumented copy of its experiment's classes and yields at its loop's back-edges.
 */
@DisplayName("Injected yield points through the engine")
class InjectedVariantsEngineTest {

  private static EngineExecutionResults results;
  private static Duration took;

  @BeforeAll
  static void runTheFixtureOnce() {
    long started = System.nanoTime();
    results = EngineTestKit.engine(YieldlabKit.ENGINE).configurationParameter("yieldlab.clock", "REAL")
        .selectors(selectClass(InjectedFixture.class)).execute();
    took = Duration.ofNanos(System.nanoTime() - started);
  }

  @Test
  @DisplayName("the injected variant yields once per 1,000,000 back-edges; the plain one never yields")
  void yieldCounts() {
    assertThat(counterYields("plain")).isZero();
    // 10,000,000 back-edges, a yield at every 1,000,000th: exactly 10.
    assertThat(counterYields("injected")).isEqualTo(InjectedFixture.ITERATIONS / 1_000_000);
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
        .hasMessageContaining("InjectedFixture.spinsForever");
    // The suite went on: the other runs of the experiment ran, and nothing waited for a watchdog.
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  @DisplayName("an injected body that calls a package-private helper fails with what to do, not a bare IllegalAccessError")
  void packagePrivateHelper() {
    Throwable failure = failureOf("callsPackagePrivateHelper", "injected");
    assertThat(failure).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("runs from an instrumented copy of " + InjectedFixture.class.getName())
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
    return InjectedFixture.OBSERVED.get(variant);
  }

  /** The failure of one variant of one run: several runs here have a variant named "injected". */
  private static Throwable failureOf(String run, String variant) {
    return results.testEvents().finished().stream()
        .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains("[run:" + run + "]/[variant:" + variant + "]"))
        .findFirst().orElseThrow()
        .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
  }
}
