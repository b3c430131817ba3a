package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.opentest4j.TestAbortedException;

/**
 * A baseline and a treatment measured in back-to-back pairs: what a {@link Run#paired() paired} run
 * leaves for its checks ({@link RunResult#paired(Class)}).
 *
 * <ul>
 *   <li><b>Pairs</b>: other builds come and go within seconds; within a pair the conditions are
 *       about the same. The order inside a pair alternates, so neither side always runs first; one
 *       pair before them is a warm-up for the JIT.
 *   <li><b>Quiet pairs only, where it matters</b>: N parallel workers cannot show parallelism while
 *       other processes keep the CPUs busy (measured here: others on 1.5 of 2 CPUs gave Java threads
 *       a ratio of 2 to 3). A pair counts only if other processes kept less than {@link
 *       #QUIET_LIMIT_CPUS} CPU busy on both sides, where its samples say they need free CPUs. With
 *       no pair that counts, {@link #requireQuietPairs()} aborts the check with the loads seen: no
 *       verdict, never a false one.
 * </ul>
 *
 * @param label what was compared, e.g. {@code workers [threads]}
 * @param pairs every measured pair, in the order they ran (the warm-up pair excluded)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PairedMeasurement<T extends PairedSample>(String label, List<Pair<T>> pairs) {

  /** Other processes' load (CPUs kept busy) under which a pair that needs free CPUs still counts. */
  public static final double QUIET_LIMIT_CPUS = 0.5;

  public PairedMeasurement {
    pairs = List.copyOf(pairs);
  }

  /** The pairs that count, in order. */
  public List<Pair<T>> quietPairs() {
    return pairs.stream().filter(pair -> pair.isQuiet(QUIET_LIMIT_CPUS)).toList();
  }

  /** Aborts the calling check, with every pair's foreign load, when no pair counts. */
  public void requireQuietPairs() {
    if (quietPairs().isEmpty()) {
      throw new TestAbortedException(String.format(Locale.ROOT,
          "%s: no pair was measured while other processes kept < %.1f CPU busy; foreign CPUs per pair"
              + " (baseline / treatment): %s", label, QUIET_LIMIT_CPUS, foreignLoads()));
    }
  }

  /** Treatment over baseline on the compared times, for each quiet pair: what checks assert. */
  public List<Double> ratios() {
    return quietPairs().stream().map(Pair::ratio).toList();
  }

  /** Treatment over baseline on the whole times, for each quiet pair: reported, not asserted. */
  public List<Double> totalRatios() {
    return quietPairs().stream().map(Pair::totalRatio).toList();
  }

  /** The quiet pair with the median ratio (the lower median for an even count); aborts without one. */
  public Pair<T> medianPair() {
    requireQuietPairs();
    List<Pair<T>> byRatio = quietPairs().stream().sorted(Comparator.comparingDouble(Pair::ratio)).toList();
    return byRatio.get((byRatio.size() - 1) / 2);
  }

  public double medianRatio() {
    return medianPair().ratio();
  }

  /** The median pair's ratio, with both of its times, named for messages and reports. */
  public ElapsedRatio medianRatio(String treatmentName, String baselineName) {
    Pair<T> median = medianPair();
    return new ElapsedRatio(treatmentName, median.treatment().measured(), baselineName, median.baseline().measured());
  }

  public double minRatio() {
    return ratios().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  public double maxRatio() {
    return ratios().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** {@code median of 3 pairs 1.02, range 0.98..1.10 (on whole times [...])}. */
  public String spread() {
    return String.format(Locale.ROOT, "median of %d pairs %.2f, range %.2f..%.2f (on whole times %s)",
        quietPairs().size(), medianRatio(), minRatio(), maxRatio(), list(totalRatios()));
  }

  /** {@code [0.02 / 0.01, 1.60 / 1.40]}: other processes' busy CPUs on each side of each pair. */
  public String foreignLoads() {
    return pairs.stream()
        .map(p -> String.format(Locale.ROOT, "%.2f / %.2f", p.baseline().foreignCpus(), p.treatment().foreignCpus()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** The comparison in words: which pairs count, the ratios, the times, and the median treatment. */
  public String describe() {
    boolean needsFreeCpus = pairs.stream().anyMatch(p -> p.treatment().needsFreeCpus());
    String head = String.format(Locale.ROOT, "%s: %d of %d pairs count%s, foreign CPUs per pair (baseline / treatment) %s",
        label, quietPairs().size(), pairs.size(), needsFreeCpus ? " (quiet ones)" : "", foreignLoads());
    if (quietPairs().isEmpty()) {
      return head;
    }
    return head + String.format(Locale.ROOT, "%ntreatment/baseline ratios %s, median %.2f (on whole times %s);"
            + " baseline measured %s s; treatment measured %s s%n%s", list(ratios()), medianRatio(),
        list(totalRatios()), seconds(Pair::baseline), seconds(Pair::treatment), medianPair().treatment().describe());
  }

  private String seconds(Function<Pair<T>, T> side) {
    return IntStream.range(0, pairs.size()).mapToObj(pairs::get).map(side)
        .map(sample -> String.format(Locale.ROOT, "%.3f", sample.measured().toNanos() / 1e9))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String list(List<Double> ratios) {
    return ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).collect(Collectors.joining(", ", "[", "]"));
  }
}
