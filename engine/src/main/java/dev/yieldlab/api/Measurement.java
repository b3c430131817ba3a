package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The elapsed times of a run's measured repetitions (warm-ups excluded), summarized by the median
 * and the spread around it: the spread is what tolerances of ratio checks are chosen from.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Measurement(List<Duration> samples) {

  public Measurement {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("a measurement needs at least one sample");
    }
    samples = List.copyOf(samples);
  }

  public static Measurement single(Duration elapsed) {
    return new Measurement(List.of(elapsed));
  }

  /** The median; for an even count, the mean of the two middle samples. */
  public Duration median() {
    List<Duration> sorted = sorted();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
  }

  public Duration min() {
    return sorted().getFirst();
  }

  public Duration max() {
    return sorted().getLast();
  }

  /** (max - min) / median: the relative width of what was measured, 0 for a single sample. */
  public double relativeSpread() {
    long median = median().toNanos();
    return median == 0 ? 0 : (double) max().minus(min()).toNanos() / median;
  }

  /** {@code median 1.234 s (min 1.200, max 1.300, spread 8.1 %, n=3)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "median %.3f s (min %.3f, max %.3f, spread %.1f %%, n=%d)",
        median().toNanos() / 1e9, min().toNanos() / 1e9, max().toNanos() / 1e9, relativeSpread() * 100, samples.size());
  }

  private List<Duration> sorted() {
    List<Duration> sorted = new ArrayList<>(samples);
    sorted.sort(null);
    return sorted;
  }
}
