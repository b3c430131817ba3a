package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import java.time.Duration;
import java.util.Locale;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Every {@code yieldlab.*} configuration parameter and its default, in one place. Values come from
 * {@code junit-platform.properties}, Surefire's {@code configurationParameters} or {@code -D}.
 *
 * @param clock {@code yieldlab.clock}: REAL (default) or VIRTUAL
 * @param defaultTimeout {@code yieldlab.timeout.default}: a run's wall-clock limit unless its
 *     {@code @Run(timeout)} says otherwise; default 60s
 */
public record YieldlabConfiguration(ClockKind clock, Duration defaultTimeout) {

  public static final String CLOCK = "yieldlab.clock";
  public static final String DEFAULT_TIMEOUT = "yieldlab.timeout.default";

  public static final ClockKind CLOCK_DEFAULT = ClockKind.REAL;
  public static final Duration DEFAULT_TIMEOUT_DEFAULT = Duration.ofSeconds(60);

  public static YieldlabConfiguration from(ConfigurationParameters parameters) {
    ClockKind clock = parameters.get(CLOCK)
        .map(value -> parseClock(value.trim()))
        .orElse(CLOCK_DEFAULT);
    Duration timeout = parameters.get(DEFAULT_TIMEOUT)
        .map(value -> DurationText.parse(value, DEFAULT_TIMEOUT))
        .orElse(DEFAULT_TIMEOUT_DEFAULT);
    return new YieldlabConfiguration(clock, timeout);
  }

  private static ClockKind parseClock(String value) {
    try {
      return ClockKind.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "configuration parameter " + CLOCK + "=" + value + " is not a clock: use REAL or VIRTUAL", unknown);
    }
  }
}
