package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One line of the claims ledger.
 *
 * @param claim the claim id
 * @param sentence what the post says, from {@link ClaimSentences}
 * @param verdict what the checks say about it
 * @param reason why, in a sentence
 * @param evidence the checks behind the verdict, counted or not
 * @param findings what those checks found, in their own sentences
 * @param reference the verdict of the checks of the post's own code rerun, beside yieldlab's; empty
 *     when no such check ran
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ClaimVerdict(String claim, String sentence, Verdict verdict, String reason, List<CheckOutcome> evidence,
    List<String> findings, Optional<ClaimVerdict> reference) {

  public ClaimVerdict {
    evidence = List.copyOf(evidence);
    findings = List.copyOf(findings);
  }

  /** {@code 3 confirmed, 1 partly evidenced, 0 refuted, 0 nuanced, 0 inconclusive, 5 skipped}: how many claims got each verdict. */
  public static String summary(List<ClaimVerdict> verdicts) {
    Map<Verdict, Long> counts = verdicts.stream().collect(Collectors.groupingBy(
        ClaimVerdict::verdict, () -> new EnumMap<>(Verdict.class), Collectors.counting()));
    return Arrays.stream(Verdict.values()).map(v -> counts.getOrDefault(v, 0L) + " " + v.label())
        .collect(Collectors.joining(", "));
  }
}
