package dev.yieldlab.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.yieldlab.junit.fixtures.LongSleepFixture;
import dev.yieldlab.loop.LoopStoppedException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The platform's cancellation (e.g. fail-fast) must end a run that is under way, not wait it out. */
@DisplayName("Platform cancellation")
class CancellationTest {

  @Test
  @DisplayName("a run sleeping 30 s on the REAL clock ends within a second of the cancellation, failing with why")
  void cancellationEndsARunningLoop() throws Exception {
    CancellationToken token = CancellationToken.create();
    ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
    try {
      canceller.schedule(token::cancel, 300, TimeUnit.MILLISECONDS);
      long started = System.nanoTime();
      EngineExecutionResults results = EngineTestKit.engine(YieldlabKit.ENGINE)
          .configurationParameter("yieldlab.clock", "REAL")
          .cancellationToken(token)
          .selectors(DiscoverySelectors.selectClass(LongSleepFixture.class))
          .execute();
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      // 300 ms until the cancellation, then at most one poll (100 ms) and the loop's wake-up.
      assertThat(took).isLessThan(Duration.ofMillis(1300));
      results.testEvents().assertThatEvents().haveExactly(1, event(test("sleepsLong"),
          finishedWithFailure(instanceOf(LoopStoppedException.class), message(m -> m.contains("cancelled")))));
    } finally {
      canceller.shutdownNow();
    }
  }
}
