package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The elapsed times of a run's measured repetitions (warm-ups excluded), summarized by the median
 * and the spread around it; and, apart from them, the run's sides of the pairs in which the engine
 * timed it against another run for a check's {@link ElapsedRatio}.
 *
 * @param samples the run's own repetitions, in order
 * @param noise what else happened on the machine during each of them ({@link Noise#UNMEASURED} on the
 *     VIRTUAL clock), in the same order
 * @param rounds its sides of timed pairs with other runs, in order; empty until a check asks for them
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Measurement(List<Duration> samples, List<Noise> noise, List<RoundSample> rounds) {

  public Measurement {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("a measurement needs at least one sample");
    }
    if (noise.size() != samples.size()) {
      throw new IllegalArgumentException("a measurement needs the noise of each of its " + samples.size()
          + " samples, not of " + noise.size());
    }
    samples = List.copyOf(samples);
    noise = List.copyOf(noise);
    rounds = List.copyOf(rounds);
  }

  /** The run's own repetitions, their noise not measured, not yet timed against another run. */
  public Measurement(List<Duration> samples) {
    this(samples, samples.stream().map(sample -> Noise.UNMEASURED).toList(), List.of());
  }

  public static Measurement single(Duration elapsed) {
    return new Measurement(List.of(elapsed));
  }

  /** This measurement with {@code more} sides of timed pairs after its own. */
  public Measurement withRounds(List<RoundSample> more) {
    List<RoundSample> all = new java.util.ArrayList<>(rounds);
    all.addAll(more);
    return new Measurement(samples, noise, all);
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
