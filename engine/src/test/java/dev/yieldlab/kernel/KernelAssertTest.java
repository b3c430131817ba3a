package dev.yieldlab.kernel;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.kernel.Figure;
import dev.yieldlab.api.kernel.KernelCounters;
import dev.yieldlab.api.kernel.KernelView;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** KernelAssert passes and fails on each figure, and its messages give the whole view. */
@DisplayName("KernelAssert")
class KernelAssertTest {

  private static final KernelView PINNED = new KernelView("process-1", new KernelCounters(Figure.known(2L),
      Figure.known(140L), Figure.known(Duration.ofMillis(500)), Figure.known(Duration.ofMillis(480)), Figure.known(142L)),
      Duration.ofSeconds(1));

  @Test
  @DisplayName("passes on what the figures say")
  void passes() {
    assertThat(PINNED).contextSwitchesAtMost(142).involuntarySwitchesAtLeast(100).voluntarySwitchesAtLeast(2)
        .cpuFractionAbove(0.4).cpuFractionBelow(0.6).waitingToRunAtLeast(Duration.ofMillis(400)).waitingFractionAbove(0.4);
  }

  @Test
  @DisplayName("fails naming the figure, the bound and every figure of the view")
  void fails() {
    assertThatThrownBy(() -> assertThat(PINNED).contextSwitchesAtMost(10))
        .hasMessageContaining("Expected at most 10 OS context switches of process-1, but there were 142")
        .hasMessageContaining("process-1: 2 voluntary and 140 involuntary OS context switches, 0.500 s of CPU in 1.000 s,"
            + " 0.480 s waiting to run");
    assertThatThrownBy(() -> assertThat(PINNED).cpuFractionAbove(0.9))
        .hasMessageContaining("Expected process-1 to be on a CPU for more than 0.900 of its wall time, but it was for 0.500");
    assertThatThrownBy(() -> assertThat(PINNED).waitingFractionAbove(0.6))
        .hasMessageContaining("to wait in a run queue for more than 0.600 of its wall time, but it did for 0.480");
  }
}
