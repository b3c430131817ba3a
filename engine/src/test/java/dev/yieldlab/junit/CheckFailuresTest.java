package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.BrokenCheckFixture;
import dev.yieldlab.loop.LoopTimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Bugs in checks and absurd inputs get their own verdicts; the rest of the experiment runs. */
@DisplayName("Broken checks and absurd durations")
class CheckFailuresTest {

  private final EngineExecutionResults results =
      virtual().selectors(selectClass(BrokenCheckFixture.class)).execute();

  @Test
  @DisplayName("a check that throws something other than an assertion error fails with that exception, not aborted")
  void brokenCheckFails() {
    assertThat(resultOf(results, "check:hasABug").getStatus()).isEqualTo(Status.FAILED);
    assertThat(failureOf(results, "check:hasABug")).isInstanceOf(IllegalStateException.class)
        .hasMessage("bug in the check: Timeline");
    assertThat(resultOf(results, "run:fine").getStatus()).isEqualTo(Status.SUCCESSFUL);
  }

  @Test
  @DisplayName("a sleep of a million days neither overflows nor hangs: the run fails at its 1 s timeout")
  void absurdSleep() {
    assertThat(failureOf(results, "run:sleepsAMillionDays")).isInstanceOf(LoopTimeoutException.class)
        .hasMessageContaining("run exceeded its timeout of PT1S")
        .hasMessageContaining("task 'sleepsAMillionDays' waits for sleep PT24000000H");
  }
}
