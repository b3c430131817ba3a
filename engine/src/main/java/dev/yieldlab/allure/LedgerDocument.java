package dev.yieldlab.allure;

import dev.yieldlab.reporting.CheckOutcome;
import dev.yieldlab.reporting.ClaimVerdict;
import dev.yieldlab.reporting.EvidenceScope;
import dev.yieldlab.reporting.MachineProfile;
import dev.yieldlab.reporting.Verdict;
import io.qameta.allure.internal.Allure2ModelJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The claims ledger as data, in {@value #FILE} beside the Allure results: what yieldlab's Allure plugin
 * ({@code allure-plugin/}, {@code dev.yieldlab.allureplugin}) reads to open the report on the claims. The
 * ledger result ({@link LedgerResult}) shows the same ledger as a page among the results; this file
 * carries it typed, with the history id of every check and run it rests on, so that the plugin links
 * them to their results without reading any text back.
 *
 * <p>A wire format read by another program (the Allure commandline, on whatever JDK runs it), so plain:
 * strings, numbers and lists; an absent history id is left out ({@code null}). {@link #SCHEMA} changes
 * when a field changes meaning or goes away; the plugin refuses a schema it does not know, by name.
 *
 * @param schema {@link #SCHEMA}
 * @param machine the machine's name ({@link MachineProfile#name()})
 * @param machineDescription its CPU, cores, JVM and OS in words
 * @param summary {@code 3 confirmed, 1 partly evidenced, ...}, as the ledger result's name says it
 * @param counts how many claims got each verdict, in the order of {@link Verdict}
 * @param claims one entry per claim, in the order of the claims file
 */
record LedgerDocument(int schema, String machine, String machineDescription, String summary, List<Count> counts,
    List<Claim> claims) {

  static final String FILE = "yieldlab-ledger.json";
  static final int SCHEMA = 1;

  /** How many claims got {@code verdict} (its key, e.g. {@code partly-evidenced}) whose label is {@code label}. */
  record Count(String verdict, String label, long count) {}

  /** One claim: the post's sentence, yieldlab's verdict, and the verdict of the original code rerun, if any ran. */
  record Claim(String claim, String sentence, Judgement verdict, Judgement reference) {}

  /** A verdict ({@link Verdict#key()}), its reason, what its checks found, and the checks themselves. */
  record Judgement(String verdict, String label, String reason, List<String> findings, List<Evidence> evidence) {}

  /**
   * One check the verdict rests on, counted or not.
   *
   * @param status {@code passed}, {@code failed}, {@code aborted}, {@code broken} or {@code inconclusive}
   * @param historyId its Allure result's history id; null when no result of it was recorded
   * @param runs the runs it read
   */
  record Evidence(String status, String experiment, String check, String location, List<String> scopes,
      String historyId, List<Run> runs) {}

  /** A run a check read: its label and its result's history id (null when it was not recorded). */
  record Run(String label, String historyId) {}

  static LedgerDocument of(List<ClaimVerdict> verdicts, MachineProfile machine, EvidenceLinks links) {
    List<Count> counts = Arrays.stream(Verdict.values())
        .map(v -> new Count(v.key(), v.label(), verdicts.stream().filter(c -> c.verdict() == v).count())).toList();
    List<Claim> claims = verdicts.stream().map(v -> new Claim(v.claim(), v.sentence(), judgement(v, links),
        v.reference().map(reference -> judgement(reference, links)).orElse(null))).toList();
    return new LedgerDocument(SCHEMA, machine.name(), machine.describe(), ClaimVerdict.summary(verdicts), counts, claims);
  }

  private static Judgement judgement(ClaimVerdict verdict, EvidenceLinks links) {
    return new Judgement(verdict.verdict().key(), verdict.verdict().label(), verdict.reason(), verdict.findings(),
        verdict.evidence().stream().map(check -> evidence(check, links)).toList());
  }

  private static Evidence evidence(CheckOutcome check, EvidenceLinks links) {
    var found = links.check(check.location());
    List<Run> runs = found.map(f -> f.runs().stream().map(r -> new Run(r.label(), r.historyId().orElse(null))).toList())
        .orElse(List.of());
    return new Evidence(check.status().name().toLowerCase(Locale.ROOT), check.experiment(), check.check(),
        check.location(), check.scopes().stream().map(EvidenceScope::text).toList(),
        found.map(EvidenceLinks.CheckLinks::historyId).orElse(null), runs);
  }

  /** Into {@code resultsDirectory}, complete or not at all ({@link AtomicFiles}). */
  void write(Path resultsDirectory) {
    try {
      AtomicFiles.write(resultsDirectory.resolve(FILE), out -> Allure2ModelJackson.createMapper().writeValue(out, this));
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write " + FILE + " to " + resultsDirectory, unwritable);
    }
  }
}
