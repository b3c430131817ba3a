package dev.yieldlab.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.reporting.ClaimAcrossMachines;
import dev.yieldlab.reporting.ClaimSentences;
import dev.yieldlab.reporting.MachineOutcomes;
import dev.yieldlab.reporting.MachineProfile;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * The claims ledger across machines: one Allure result, written into a results directory of its own,
 * that a report made from several machines' results directories (Allure merges them) lists beside
 * each machine's own ledger. It reads each directory's {@link MachineOutcomes} and shows a verdict
 * per machine profile and where they differ.
 *
 * <p>{@code java dev.yieldlab.allure.MachinesLedger <output dir> [--claims claims.tsv] <results dir>...}
 * (the claims' sentences from that file, else from {@code yieldlab/claims.tsv} on the class path); the
 * reports module's {@code machines} profile runs it before {@code allure:report}.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class MachinesLedger {

  static final String NAME = "Claims ledger across machines";

  private MachinesLedger() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: MachinesLedger <output results dir> <results dir>...");
    }
    ClaimSentences sentences = ClaimSentences.load();
    int first = 1;
    if (args[1].equals("--claims") && args.length > 3) {
      try (InputStream in = Files.newInputStream(Path.of(args[2]))) {
        sentences = ClaimSentences.parse(in);
      }
      first = 3;
    }
    List<MachineOutcomes> machines = new ArrayList<>();
    for (int i = first; i < args.length; i++) {
      machines.add(read(Path.of(args[i])));
    }
    List<ClaimAcrossMachines> claims = write(Path.of(args[0]), machines, sentences);
    System.out.println("[yieldlab] " + NAME + " in " + args[0] + ": " + machines.size() + " machines, "
        + claims.stream().filter(ClaimAcrossMachines::differs).count() + " claim(s) judged differently");
    claims.stream().filter(ClaimAcrossMachines::differs).forEach(claim -> System.out.println("  " + claim.difference()));
  }

  static MachineOutcomes read(Path resultsDirectory) throws IOException {
    Path file = resultsDirectory.resolve(MachineOutcomes.FILE);
    if (!Files.exists(file)) {
      throw new IOException(resultsDirectory + " has no " + MachineOutcomes.FILE + ": it holds no finished yieldlab"
          + " execution's results (the engine writes it when the execution ends)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return MachineOutcomes.readFrom(in);
    }
  }

  /** Writes the result into {@code output}; the claims' sentences from {@code sentences}. */
  static List<ClaimAcrossMachines> write(Path output, List<MachineOutcomes> machines, ClaimSentences sentences)
      throws IOException {
    List<MachineProfile> profiles = machines.stream().map(MachineOutcomes::machine).toList();
    if (profiles.stream().map(MachineProfile::name).distinct().count() < profiles.size()) {
      throw new IllegalArgumentException("two results directories carry the same machine name " + profiles.stream()
          .map(MachineProfile::name).toList() + ": give each run its own with -D" + MachineProfile.PROPERTY + "=...");
    }
    List<ClaimAcrossMachines> claims = ClaimAcrossMachines.of(machines, sentences);
    long differing = claims.stream().filter(ClaimAcrossMachines::differs).count();
    Files.createDirectories(output);
    long now = System.currentTimeMillis();
    TestResult result = new TestResult()
        .setUuid(UUID.randomUUID().toString())
        .setName(NAME + ": " + profiles.size() + " machines, " + differing + " claim(s) judged differently")
        .setFullName("dev.yieldlab.ClaimsLedgerAcrossMachines")
        .setHistoryId(ResultsUtils.md5("dev.yieldlab:claims-ledger-across-machines"))
        .setTestCaseId(ResultsUtils.md5("dev.yieldlab:claims-ledger-across-machines"))
        .setStatus(Status.PASSED)
        .setStart(now)
        .setStop(now)
        .setDescriptionHtml(LedgerHtml.acrossMachines(claims, profiles))
        .setLabels(List.of(
            ResultsUtils.createEpicLabel(AllureExperimentReporter.EPIC),
            ResultsUtils.createFeatureLabel(LedgerResult.LEDGER),
            ResultsUtils.createStoryLabel("What each machine says about each claim"),
            ResultsUtils.createSuiteLabel(LedgerResult.LEDGER),
            new Label().setName("framework").setValue("yieldlab")));
    new FileSystemResultsWriter(output).write(result);
    return claims;
  }
}
