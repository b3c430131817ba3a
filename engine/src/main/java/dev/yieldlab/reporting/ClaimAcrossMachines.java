package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One claim as several machines judged it: a verdict per machine profile, and where they differ.
 *
 * @param claim the claim id
 * @param sentence what the claim says
 * @param verdicts one per machine, in the order the machines were given
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record ClaimAcrossMachines(String claim, String sentence, List<MachineVerdict> verdicts) {

  /** One machine's verdict of the claim. */
  public record MachineVerdict(MachineProfile machine, ClaimVerdict verdict) {}

  public ClaimAcrossMachines {
    verdicts = List.copyOf(verdicts);
  }

  /** Each claim of every machine's outcomes, judged on each machine by {@link ClaimLedger}'s rule. */
  public static List<ClaimAcrossMachines> of(List<MachineOutcomes> machines, ClaimSentences sentences) {
    Map<String, List<MachineVerdict>> byClaim = new LinkedHashMap<>();
    Map<String, String> sentenceOf = new LinkedHashMap<>();
    for (MachineOutcomes machine : machines) {
      for (ClaimVerdict verdict : ClaimLedger.verdicts(machine.outcomes(), sentences)) {
        byClaim.computeIfAbsent(verdict.claim(), claim -> new ArrayList<>()).add(new MachineVerdict(machine.machine(), verdict));
        sentenceOf.putIfAbsent(verdict.claim(), verdict.sentence());
      }
    }
    List<ClaimAcrossMachines> claims = new ArrayList<>();
    byClaim.forEach((claim, verdicts) -> claims.add(new ClaimAcrossMachines(claim, sentenceOf.get(claim), verdicts)));
    return claims;
  }

  /** Whether the machines reached different verdicts, or the same verdict from different findings. */
  public boolean differs() {
    return verdicts.stream().map(v -> v.verdict().verdict()).distinct().count() > 1
        || verdicts.stream().map(v -> v.verdict().findings()).distinct().count() > 1;
  }

  /**
   * {@code C5: refuted on '1 CPU, AMD EPYC' (1 core), confirmed on '2 CPUs, AMD EPYC' (2 cores)}, then
   * what each machine's checks found where their findings differ; empty when they agree.
   */
  public String difference() {
    if (!differs()) {
      return "";
    }
    String verdictsText = verdicts.stream().map(v -> v.verdict().verdict().label() + " on '" + v.machine().name()
        + "' (" + v.machine().cores() + (v.machine().cores() == 1 ? " core)" : " cores)")).collect(Collectors.joining(", "));
    StringBuilder text = new StringBuilder(claim).append(": ").append(verdictsText);
    if (verdicts.stream().map(v -> v.verdict().findings()).distinct().count() > 1) {
      for (MachineVerdict verdict : verdicts) {
        verdict.verdict().findings().forEach(finding -> text.append("; on '").append(verdict.machine().name())
            .append("': ").append(finding));
      }
    }
    return text.toString();
  }
}
