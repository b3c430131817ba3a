package dev.yieldlab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

/** Durations as written in @Run(timeout), @Variant(interval), variant parameters and yieldlab.timeout.default. */
@DisplayName("Duration text")
class DurationTextTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"250us, PT0.00025S", "500ms, PT0.5S", "10s, PT10S", "2m, PT2M", "' 3 S ', PT3S"})
  @DisplayName("reads whole numbers with us, ms, s or m")
  void parses(String text, Duration expected) {
    assertThat(DurationText.parse(text, "where")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"soon", "1h", "1.5s", "-1s", "", "s"})
  @DisplayName("rejects other forms, naming where the text came from and how to write it")
  void rejectsOtherForms(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> DurationText.parse(text, "yieldlab.timeout.default"))
        .withMessage("yieldlab.timeout.default = \"" + text
            + "\" is not a duration: write a whole number with us, ms, s or m, e.g. \"10s\"");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"0s", "0ms"})
  @DisplayName("rejects a zero duration")
  void rejectsZero(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> DurationText.parse(text, "t"))
        .withMessage("t = \"" + text + "\": a duration here must be longer than zero");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"99999999999999999999s", "9223372036854775807m", "10000000000s"})
  @DisplayName("rejects a number too large for a timeout with the same kind of clear message, not a raw arithmetic error")
  void rejectsTooLarge(String text) {
    // 10000000000 s is ~317 years: it parses, but a loop deadline in nanoseconds cannot hold it.
    assertThatIllegalArgumentException().isThrownBy(() -> DurationText.parse(text, "@Run(timeout)"))
        .withMessageStartingWith("@Run(timeout) = \"" + text + "\"")
        .withMessageContaining("too long");
  }
}
