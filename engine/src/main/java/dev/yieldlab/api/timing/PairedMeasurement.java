package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A baseline and a treatment measured in back-to-back pairs: what a {@link dev.yieldlab.api.Run#paired() paired} run
 * leaves for its checks ({@link dev.yieldlab.api.RunResult#paired(Class)}).
 *
 * <ul>
 *   <li><b>Pairs</b>: other builds come and go within seconds; within a pair the conditions are
 *       about the same. The order inside a pair alternates, so neither side always runs first; one
 *       pair before them is a warm-up for the JIT.
 *   <li><b>Pairs that count</b>: a pair disturbed by what the engine measured around it (foreign
 *       load beyond what the claim leaves free, steal, GC pauses, JIT, a moving CPU speed; see {@link
 *       Noise}) or by what its samples' own counters say does not count. A check's {@link
 *       #ratio(String, String)} is estimated from the pairs that count; with too few, the engine
 *       measures more while the check's budget lasts.
 * </ul>
 *
 * @param label what was compared, e.g. {@code workers [threads]}
 * @param source the run and variant, so that the engine can measure more pairs of it
 * @param pairs every measured pair, in the order they ran (the warm-up pair excluded)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PairedMeasurement<T extends PairedSample>(String label, RatioSource.PairedRun source, List<Pair<T>> pairs) {

  public PairedMeasurement {
    pairs = List.copyOf(pairs);
  }

  /** The pairs that count, in order. */
  public List<Pair<T>> countedPairs() {
    return pairs.stream().filter(Pair::counts).toList();
  }

  /** Treatment over baseline, estimated from the pairs that count: what timing checks assert. */
  public ElapsedRatio ratio(String treatmentName, String baselineName) {
    return new ElapsedRatio(treatmentName, baselineName, pairs.stream().map(Pair::timed).toList(), source);
  }

  /**
   * The counted pair with the median ratio (the lower median for an even count): the typical pair,
   * whose samples checks read for evidence beyond the ratio. Without a pair that counts the check is
   * inconclusive, and the engine measures more pairs while its budget lasts.
   */
  public Pair<T> medianPair() {
    List<Pair<T>> counted = countedPairs();
    if (counted.isEmpty()) {
      TimingVerdict verdict = TimingVerdict.needsPairs(ratio("treatment", "baseline"));
      throw new InconclusiveTimingException(label + ": no pair counts, so there is no typical pair to read: "
          + verdict.explanation(), verdict);
    }
    List<Pair<T>> byRatio = counted.stream().sorted(Comparator.comparingDouble(Pair::ratio)).toList();
    return byRatio.get((byRatio.size() - 1) / 2);
  }

  /**
   * The comparison in words: how many pairs count and why the others do not, each pair's ratio and
   * times, and the median treatment.
   */
  public String describe() {
    List<Pair<T>> counted = countedPairs();
    String head = String.format(Locale.ROOT, "%s: %d of %d pairs count; treatment/baseline per pair %s", label,
        counted.size(), pairs.size(), pairs.stream().map(p -> RatioEstimate.number(p.ratio())
            + p.disturbance().map(d -> " (not counted: " + d + ")").orElse("")).collect(Collectors.joining(", ", "[", "]")));
    if (counted.isEmpty()) {
      return head;
    }
    return head + String.format(Locale.ROOT, "%nestimate %s (on whole times %s); baseline measured %s s; treatment"
            + " measured %s s%n%s", ratio("treatment", "baseline").estimate(),
        counted.stream().map(p -> RatioEstimate.number(p.totalRatio())).collect(Collectors.joining(", ", "[", "]")),
        seconds(Pair::baseline), seconds(Pair::treatment), medianPair().treatment().describe());
  }

  private String seconds(Function<Pair<T>, T> side) {
    return pairs.stream().map(side).map(sample -> String.format(Locale.ROOT, "%.3f", sample.measured().toNanos() / 1e9))
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
