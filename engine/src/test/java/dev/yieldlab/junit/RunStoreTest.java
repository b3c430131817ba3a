package dev.yieldlab.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timing.Measurement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** How a check's Runs answers: a result, an abort when there is no evidence, a failure for a typo. */
@DisplayName("The runs a check reads")
class RunStoreTest {

  private final RunStore store = new RunStore(Map.of("fast", List.of("plain"), "slow", List.of("plain")));

  @Test
  @DisplayName("returns the result of a run that executed")
  void returnsResult() {
    RunResult fast = new RunResult("fast", VariantSpec.DEFAULT, new Timeline(List.of()), Measurement.single(Duration.ofSeconds(1)), null, Optional.empty());
    store.put(fast);
    assertThat(store.get("fast")).isSameAs(fast);
  }

  @Test
  @DisplayName("aborts a check that reads a declared run which did not execute, saying how to run it")
  void abortsForUnexecutedRun() {
    assertThatThrownBy(() -> store.get("slow")).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("run 'slow' did not execute in this session")
        .hasMessageContaining("select the experiment class");
  }

  @Test
  @DisplayName("aborts a check that reads a failed run, with the run's failure as cause")
  void abortsForFailedRun() {
    IllegalStateException failure = new IllegalStateException("boom");
    store.put(new RunResult("slow", VariantSpec.DEFAULT, new Timeline(List.of()), Measurement.single(Duration.ZERO), null, Optional.of(failure)));
    assertThatThrownBy(() -> store.get("slow")).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("run 'slow' failed").cause().isSameAs(failure);
  }

  @Test
  @DisplayName("fails a check that reads a run nobody declared, listing the runs there are")
  void failsForUndeclaredRun() {
    assertThatIllegalArgumentException().isThrownBy(() -> store.get("fsat"))
        .withMessageStartingWith("there is no run named 'fsat'; the runs are ")
        .withMessageContaining("fast").withMessageContaining("slow");
  }
}
