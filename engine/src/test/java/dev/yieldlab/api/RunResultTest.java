package dev.yieldlab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timing.Measurement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What checks read from a run: its return value, typed. */
@DisplayName("RunResult.value")
class RunResultTest {

  private static RunResult returning(Object value) {
    return new RunResult("answer", VariantSpec.DEFAULT, new Timeline(List.of()), Measurement.single(Duration.ZERO), value, Optional.empty());
  }

  @Test
  @DisplayName("returns the run's value as the asked type")
  void typedValue() {
    assertThat(returning("forty-two").value(String.class)).isEqualTo("forty-two");
    assertThat(returning(42).value(Integer.class)).isEqualTo(42);
    assertThat(returning(42).value(Number.class)).isEqualTo(42);
  }

  @Test
  @DisplayName("accepts the primitive type a @Run method declares (int.class for an int run)")
  void primitiveType() {
    // A run declared `int answer()` returns an int; asking for int.class is the natural spelling.
    int value = returning(42).value(int.class);
    assertThat(value).isEqualTo(42);
    assertThat(returning(2.5).value(double.class)).isEqualTo(2.5);
  }

  @Test
  @DisplayName("fails clearly when the run returned something else, or nothing")
  void wrongType() {
    assertThatIllegalStateException().isThrownBy(() -> returning(42).value(String.class))
        .withMessage("run 'answer' returned java.lang.Integer, not a java.lang.String: return the value from the @Run method");
    assertThatIllegalStateException().isThrownBy(() -> returning(null).value(int.class))
        .withMessageContaining("run 'answer' returned nothing");
  }
}
