package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Configuration;
import dev.yieldlab.api.DurationText;
import dev.yieldlab.loop.EventLoop;
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
 * @param warmups {@code yieldlab.warmups}: unrecorded runs before a measured run's repetitions; default 1
 * @param repetitions {@code yieldlab.repetitions}: measured repetitions of a {@code @Run(measured = true)}
 *     variant; default 3, small so that CI stays fast; raise it for careful runs (timing claims have
 *     their own settings: {@link TimingSettings})
 * @param stallThreshold {@code yieldlab.stall.threshold}: a coroutine holding the loop's thread longer
 *     than this in one stretch is a stall (a STALL event, with what the watchdog saw); default 100ms,
 *     asyncio debug mode's {@code slow_callback_duration}
 * @param parameters every configuration parameter, for run methods that read their own ({@link Configuration})
 */
public record YieldlabConfiguration(ClockKind clock, Duration defaultTimeout, int warmups, int repetitions,
    Duration stallThreshold, Configuration parameters) {

  public static final String CLOCK = "yieldlab.clock";
  public static final String DEFAULT_TIMEOUT = "yieldlab.timeout.default";

  public static final ClockKind CLOCK_DEFAULT = ClockKind.REAL;
  public static final Duration DEFAULT_TIMEOUT_DEFAULT = Duration.ofSeconds(60);
  public static final String WARMUPS = "yieldlab.warmups";
  public static final int WARMUPS_DEFAULT = 1;
  public static final String STALL_THRESHOLD = "yieldlab.stall.threshold";
  public static final String REPETITIONS = "yieldlab.repetitions";
  public static final int REPETITIONS_DEFAULT = 3;

  public static YieldlabConfiguration from(ConfigurationParameters parameters) {
    Configuration configuration = parameters::get;
    ClockKind clock = parameters.get(CLOCK)
        .map(value -> parseClock(value.trim()))
        .orElse(CLOCK_DEFAULT);
    Duration timeout = parameters.get(DEFAULT_TIMEOUT)
        .map(value -> DurationText.parse(value, DEFAULT_TIMEOUT))
        .orElse(DEFAULT_TIMEOUT_DEFAULT);
    int warmups = count(configuration, WARMUPS, WARMUPS_DEFAULT, 0);
    int repetitions = count(configuration, REPETITIONS, REPETITIONS_DEFAULT, 1);
    Duration stallThreshold = parameters.get(STALL_THRESHOLD)
        .map(value -> DurationText.parse(value, STALL_THRESHOLD))
        .orElse(EventLoop.DEFAULT_STALL_THRESHOLD);
    return new YieldlabConfiguration(clock, timeout, warmups, repetitions, stallThreshold, configuration);
  }

  private static int count(Configuration parameters, String key, int fallback, int minimum) {
    return Math.toIntExact(Math.min(Integer.MAX_VALUE, parameters.getLong(key, fallback, minimum)));
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
