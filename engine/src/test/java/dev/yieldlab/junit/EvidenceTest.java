package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.evidence.MonitorAcrossSleepFixture;
import dev.yieldlab.junit.fixtures.injected.SortingCheckFixture;
import dev.yieldlab.junit.fixtures.evidence.SharedLockFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Evidence that hides nothing (issue 25), through the real engine: what a run leaves unsaid is said
 * in its failure, on the console and in the report.
 */
@DisplayName("Evidence that hides nothing")
class EvidenceTest {

  @Test
  @DisplayName("a lock shared by two experiments' runs: the message names the experiment and run on each side")
  void sharedLockNamesBothExperiments() {
    EngineExecutionResults results = virtual()
        .selectors(selectClass(SharedLockFixture.Maker.class), selectClass(SharedLockFixture.User.class)).execute();
    assertThat(resultOf(results, SharedLockFixture.Maker.class, "run", "useShared").getStatus())
        .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    Throwable thrown = resultOf(results, SharedLockFixture.User.class, "run", "useShared").getThrowable().orElseThrow();
    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("lock 'shared-lock'.acquire() was called"
        + " from task 'useShared' of another loop (run 'useShared' of User), on thread 'yieldlab-loop-useShared', but"
        + " lock 'shared-lock' belongs to the loop on thread 'yieldlab-loop-useShared' (run 'useShared' of Maker): a"
        + " primitive may be used only by the coroutines of the loop that made it; make one per loop (per run), inside"
        + " the run");
  }

  @Test
  @DisplayName("a monitor held across a sleep: ended about a second after the loop blocks, naming where, which monitor and who holds it")
  void monitorAcrossASleep() {
    EngineExecutionResults results = virtual().selectors(selectClass(MonitorAcrossSleepFixture.class)).execute();
    Throwable thrown = resultOf(results, MonitorAcrossSleepFixture.class, "run", "twoUpdaters").getThrowable().orElseThrow();
    assertThat(thrown).isInstanceOf(RunTimeoutException.class)
        .hasMessageStartingWith("run 'twoUpdaters' cannot go on: task 'second' blocks the loop's thread entering monitor"
            + " java.lang.Object@")
        .hasMessageContaining("(synchronized) at MonitorAcrossSleepFixture.java:21 (" + MonitorAcrossSleepFixture.class.getName()
            + ".update), held by task 'first', suspended inside synchronized at MonitorAcrossSleepFixture.java:")
        .hasMessageContaining(MonitorAcrossSleepFixture.class.getName() + ".update) (waiting for sleep PT0.2S)")
        .hasMessageContaining("Do not sleep, yield or wait inside synchronized (or a ReentrantLock); use"
            + " loop.lock(name).withLock(...) instead")
        .hasMessageContaining("was abandoned, blocked for good")
        .hasMessageNotContaining("endless loop");
  }

  @Test
  @DisplayName("a check failing on an injected run says, in its message, how many yield points were injected and reached and where the stall went (REAL clock)")
  void injectedRunsFailingCheckSaysWhatItsYieldPointsDid() {
    EngineExecutionResults results = YieldlabKit.real().selectors(selectClass(SortingCheckFixture.class)).execute();
    Throwable thrown = resultOf(results, SortingCheckFixture.class, "check", "sleeperWakesOnTime").getThrowable()
        .orElseThrow();
    assertThat(thrown).as("the failure keeps its kind").isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected sleeper to wake within 50.000 ms of each deadline")
        .hasMessageContaining("injected run 'sorts [injected]': ")
        .hasMessageMatching("(?s).*yield points injected \\(.* at back-edges, .* at method entries\\); reached .*")
        .hasMessageContaining("'sorter': no yield point reached in ")
        .hasMessageContaining("the time was spent in java.util.DualPivotQuicksort.");
  }

  /** The result of the test {@code segment:name} below {@code experiment}. */
  static TestExecutionResult resultOf(EngineExecutionResults results, Class<?> experiment, String segment, String name) {
    return results.allEvents().finished().stream()
        .filter(e -> e.getTestDescriptor().getUniqueId().equals(YieldlabKit.childId(experiment, segment, name)))
        .findFirst().orElseThrow(() -> new AssertionError("no finished " + segment + ":" + name + " of " + experiment))
        .getRequiredPayload(TestExecutionResult.class);
  }
}
