package dev.yieldlab.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class YieldPolicyTest {

  @Test
  void policiesReadAsTheVariantTheyDeclare() {
    assertThat(YieldPolicy.everyBackEdges(2_000_000)).hasToString("yield every 2000000 back-edges");
    assertThat(YieldPolicy.pollOnlyEvery(1_000)).hasToString("poll only, every 1000 back-edges");
    assertThat(YieldPolicy.every(Duration.ofMillis(5))).hasToString("yield every 5 ms");
    assertThat(YieldPolicy.everyNanos(250_000)).hasToString("yield every 250 us");
    assertThat(YieldPolicy.none()).hasToString("no yields");
  }

  @Test
  void onlyCounterPoliciesGiveTheCounterAFiniteBudget() {
    assertThat(YieldPolicy.everyBackEdges(7).budget()).isEqualTo(7);
    assertThat(YieldPolicy.pollOnlyEvery(7).budget()).isEqualTo(7);
    assertThat(YieldPolicy.every(Duration.ofMillis(5)).budget()).isEqualTo(Integer.MAX_VALUE);
    assertThat(YieldPolicy.none().budget()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void intervalsMustBePositive() {
    assertThatThrownBy(() -> YieldPolicy.everyBackEdges(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("backEdges must be positive, was 0");
    assertThatThrownBy(() -> YieldPolicy.every(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalPoliciesAreEqual() {
    assertThat(YieldPolicy.everyBackEdges(3)).isEqualTo(YieldPolicy.everyBackEdges(3))
        .hasSameHashCodeAs(YieldPolicy.everyBackEdges(3))
        .isNotEqualTo(YieldPolicy.pollOnlyEvery(3));
  }
}
