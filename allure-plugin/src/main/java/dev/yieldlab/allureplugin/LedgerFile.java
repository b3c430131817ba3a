package dev.yieldlab.allureplugin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The claims ledger as the engine writes it ({@code yieldlab-ledger.json}, the engine's
 * {@code dev.yieldlab.allure.LedgerDocument}), and as the page reads it once {@link #linked} has put the
 * report's uid beside each history id. Fields the engine adds later are ignored; a changed meaning
 * comes with a new {@link #schema()}, which {@link LedgerReader} refuses by name.
 *
 * @param schema the format's version, {@link LedgerReader#SCHEMA}
 * @param machine the machine the claims were judged on
 * @param machineDescription its CPU, cores, JVM and OS
 * @param summary {@code 3 confirmed, 1 partly evidenced, ...}
 * @param counts how many claims got each verdict, in the engine's order of verdicts
 * @param claims one per claim, in the claims file's order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerFile(int schema, String machine, String machineDescription, String summary, List<Count> counts,
    List<Claim> claims) {

  public LedgerFile {
    counts = listOf(counts);
    claims = listOf(claims);
  }

  /** How many claims got the verdict {@code verdict} (a key such as {@code partly-evidenced}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Count(String verdict, String label, long count) {}

  /** A claim, yieldlab's verdict on it, and the verdict of the post's own code rerun (null when none ran). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Claim(String claim, String sentence, Judgement verdict, Judgement reference) {}

  /** A verdict with its reason, what the checks found, and the checks. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Judgement(String verdict, String label, String reason, List<String> findings, List<Evidence> evidence) {
    public Judgement {
      findings = listOf(findings);
      evidence = listOf(evidence);
    }
  }

  /**
   * A check the verdict rests on.
   *
   * @param historyId its result's history id; null when the engine recorded no result of it
   * @param uid its result's uid in this report, which the page links to; null until linked, or when
   *     no result has that history id
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Evidence(String status, String experiment, String check, String location, List<String> scopes,
      String historyId, String uid, List<Run> runs) {
    public Evidence {
      scopes = listOf(scopes);
      runs = listOf(runs);
    }
  }

  /** A run a check read, with its result's history id and, once linked, uid (either may be null). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Run(String label, String historyId, String uid) {}

  /** This ledger with the uid of every history id that {@code uidOf} finds among the report's results. */
  LedgerFile linked(Function<String, Optional<String>> uidOf) {
    Function<String, String> uid = historyId -> historyId == null ? null : uidOf.apply(historyId).orElse(null);
    Function<Judgement, Judgement> judged = judgement -> judgement == null ? null
        : new Judgement(judgement.verdict(), judgement.label(), judgement.reason(), judgement.findings(),
            judgement.evidence().stream().map(e -> new Evidence(e.status(), e.experiment(), e.check(), e.location(),
                e.scopes(), e.historyId(), uid.apply(e.historyId()),
                e.runs().stream().map(r -> new Run(r.label(), r.historyId(), uid.apply(r.historyId()))).toList()))
                .toList());
    return new LedgerFile(schema, machine, machineDescription, summary, counts,
        claims.stream().map(c -> new Claim(c.claim(), c.sentence(), judged.apply(c.verdict()), judged.apply(c.reference())))
            .toList());
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
