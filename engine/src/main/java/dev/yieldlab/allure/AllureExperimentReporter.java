package dev.yieldlab.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.timing.TimingVerdict;
import dev.yieldlab.reporting.CheckOutcome;
import dev.yieldlab.reporting.CheckReport;
import dev.yieldlab.reporting.ClaimSentences;
import dev.yieldlab.reporting.ClaimVerdict;
import dev.yieldlab.reporting.EvidenceScope;
import dev.yieldlab.reporting.ExperimentInfo;
import dev.yieldlab.reporting.ExperimentReporter;
import dev.yieldlab.reporting.MachineOutcomes;
import dev.yieldlab.reporting.MachineProfile;
import dev.yieldlab.reporting.OutcomeCollector;
import dev.yieldlab.reporting.RunReport;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Status;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Adds yieldlab's evidence to the Allure result of the test that is executing, which
 * {@code allure-junit-platform}'s listener started from the descriptor's class and method source:
 * labels, a run's page ({@link RunPage}), a check's runs and verdict. At the end of the execution it
 * writes {@code environment.properties}, {@code categories.json}, the claims ledger (as a result, {@link
 * LedgerResult}, and as data linked to its checks' and runs' results for the report's first page, {@link
 * LedgerDocument} with {@link EvidenceLinks}) and the checks' outcomes as records ({@link MachineOutcomes}), from which {@link
 * MachinesLedger} weighs the claims per machine when several machines' results make one report.
 * Every result carries the machine it ran on ({@link MachineParameter}). It reads the engine's typed records only; the runs a check reads come with the
 * check, so it keeps no runs of its own, only the history ids of their results.
 *
 * <p>Inactive (does nothing) unless that listener is on the class path: without it there is no test
 * result to add to, and a lone ledger would point at evidence that is not in the results.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllureExperimentReporter implements ExperimentReporter {

  static final String LISTENER = "io.qameta.allure.junitplatform.AllureJunitPlatform";
  static final String EPIC = "yieldlab";

  private final boolean recording;
  private final MachineProfile machine = MachineProfile.current();
  private final OutcomeCollector outcomes = new OutcomeCollector();
  private final EvidenceLinks links = new EvidenceLinks();

  public AllureExperimentReporter() {
    // Before anything asks Allure for its lifecycle: the engine creates its reporters when the
    // launcher creates the engine, which is before the launcher creates allure-junit-platform's listener.
    AtomicAllureLifecycle.installIfAbsent();
    this.recording = onClassPath(LISTENER);
  }

  @Override
  public void runFinished(RunReport run) {
    if (!recording) {
      return;
    }
    labels(run.experiment(), run.experiment().claims());
    MachineParameter.add(machine);
    links.runRecorded(run);
    RunPage.write(run, run.experiment().title() + " \u203A " + run.displayName());
    run.exploration().ifPresent(ExplorationPage::run);
  }

  @Override
  public void checkStarted(CheckReport check) {
    if (!recording) {
      return;
    }
    labels(check.experiment(), check.claims());
    MachineParameter.add(machine);
    links.checkRecorded(check);
    Allure.parameter("reads", String.join(", ", check.runs()));
    for (String name : check.runs()) {
      List<RunResult> variants = check.readOf(name);
      if (variants.isEmpty()) {
        Allure.step("read run " + name + ": it did not run in this session", Status.SKIPPED);
      }
      for (RunResult run : variants) {
        Allure.step(String.format(Locale.ROOT, "read run %s: %s, %d switches%s", run.label(),
            run.measurement(), run.timeline().switches(), run.failure().isPresent() ? ", failed" : ""),
            run.failure().isPresent() ? Status.BROKEN : Status.PASSED);
      }
    }
    ExplorationPage.check(check);
    if (!check.read().isEmpty()) {
      Allure.addAttachment("measures of the runs read", "text/html",
          MeasuresTable.forCheck(check.experiment().title() + " \u203A " + check.displayName(), check.read()), ".html");
    }
  }

  @Override
  public void checkFinished(CheckReport check, Optional<Throwable> failure) {
    CheckOutcome.Status status = outcomes.finished(check, failure);
    if (recording) {
      Allure.step("assert: " + check.displayName(), switch (status) {
        case PASSED -> Status.PASSED;
        case FAILED -> Status.FAILED;
        case ABORTED, INCONCLUSIVE -> Status.SKIPPED;
        case BROKEN -> Status.BROKEN;
      });
      if (status == CheckOutcome.Status.INCONCLUSIVE && !(failure.orElseThrow() instanceof AssertionError)) {
        Allure.getLifecycle().getCurrentTestCase().ifPresent(InconclusiveStatus::mark);
      }
    }
  }

  @Override
  public void checkTiming(CheckReport check, TimingVerdict verdict) {
    if (recording) {
      TimingPage.write(verdict);
    }
  }

  @Override
  public void checkScope(CheckReport check, EvidenceScope scope) {
    outcomes.checkScope(check, scope);
  }

  @Override
  public void checkEntry(CheckReport check, String key, String value) {
    if (recording) {
      Allure.step(key + " = " + value);
    }
  }

  @Override
  public void checkFinding(CheckReport check, String sentence) {
    outcomes.checkFinding(check, sentence);
    if (recording) {
      Allure.step("found: " + sentence);
    }
  }

  @Override
  public void checkTable(CheckReport check, String title, List<String> header, List<List<String>> rows) {
    if (recording) {
      Allure.addAttachment(title, "text/html", MeasuresTable.forTable(title, header, rows), ".html");
    }
  }

  @Override
  public void executionFinished() {
    if (!recording) {
      return;
    }
    ResultsEnvironment.write(AtomicAllureLifecycle.resultsDirectory(), machine);
    ResultsEnvironment.writeOutcomes(AtomicAllureLifecycle.resultsDirectory(),
        new MachineOutcomes(machine, outcomes.ledger().outcomes()));
    List<ClaimVerdict> verdicts = outcomes.ledger().verdicts(ClaimSentences.load());
    LedgerResult.write(verdicts, machine);
    LedgerDocument.of(verdicts, machine, links).write(AtomicAllureLifecycle.resultsDirectory());
  }

  private static void labels(ExperimentInfo experiment, List<String> claims) {
    Allure.epic(EPIC);
    claims.forEach(Allure::feature);
    Allure.story(experiment.title());
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : AllureExperimentReporter.class.getClassLoader();
  }

  private static boolean onClassPath(String className) {
    try {
      Class.forName(className, false, classLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }
}
