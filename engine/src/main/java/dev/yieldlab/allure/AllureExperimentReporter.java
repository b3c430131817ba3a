package dev.yieldlab.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.SpanKind;
import dev.yieldlab.api.TaskActivity;
import dev.yieldlab.api.Timeline;
import dev.yieldlab.api.TimelineEvent;
import dev.yieldlab.junit.CheckReport;
import dev.yieldlab.junit.ExperimentInfo;
import dev.yieldlab.junit.ExperimentReporter;
import dev.yieldlab.junit.RunReport;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;

/**
 * Adds yieldlab's evidence to the Allure result of the test that is executing, which
 * {@code allure-junit-platform}'s listener started from the descriptor's class and method source:
 * labels, one parameter per run setting, steps, and the timeline, log and measures as attachments.
 * At the end of the execution it writes {@code environment.properties}, {@code categories.json} and
 * one extra result, the claims ledger, straight through {@link AllureLifecycle}: the ledger is a
 * summary of the run, not a test, so it has no descriptor and no listener would record it.
 *
 * <p>Inactive (does nothing) unless that listener is on the class path: without it there is no test
 * result to add to, and a lone ledger would point at evidence that is not in the results.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllureExperimentReporter implements ExperimentReporter {

  static final String LISTENER = "io.qameta.allure.junitplatform.AllureJunitPlatform";
  static final String EPIC = "yieldlab";
  static final String LEDGER = "Claims ledger";

  private final boolean recording;
  private final ClaimLedger ledger = new ClaimLedger();
  /** Run results (every variant) by experiment class and run name: checks attach what they read. */
  private final Map<String, List<RunResult>> runs = new ConcurrentHashMap<>();

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
    RunResult result = run.result();
    runs.computeIfAbsent(key(run.experiment(), result.name()), k -> new CopyOnWriteArrayList<>()).add(result);
    labels(run.experiment(), run.experiment().claims());
    run.settings().forEach(Allure::parameter);
    repetitionSteps(run);
    measuredRunStep(run);
    String title = run.experiment().title() + " \u203A " + run.displayName();
    Allure.addAttachment("timeline (Gantt)", "image/svg+xml",
        TimelineSvg.render(title, result.timeline(), result.elapsed().toNanos()), ".svg");
    Allure.addAttachment("post-style log", "text/plain", postStyleLog(result), ".txt");
    Allure.addAttachment("measures", "text/html",
        MeasuresTable.forRun(title, run.settings(), run.measures(), result), ".html");
    Allure.addAttachment("timeline events", "text/plain", eventListing(result.timeline()), ".txt");
  }

  @Override
  public void checkStarted(CheckReport check) {
    if (!recording) {
      return;
    }
    labels(check.experiment(), check.claims());
    Allure.parameter("reads", String.join(", ", check.runs()));
    List<RunResult> read = new ArrayList<>();
    for (String name : check.runs()) {
      List<RunResult> variants = runs.getOrDefault(key(check.experiment(), name), List.of());
      if (variants.isEmpty()) {
        Allure.step("read run " + name + ": it did not run in this session", Status.SKIPPED);
      }
      for (RunResult run : variants) {
        read.add(run);
        Allure.step(String.format(Locale.ROOT, "read run %s: %s, %d switches%s", run.label(),
            run.measurement(), run.timeline().switches(), run.failure().isPresent() ? ", failed" : ""),
            run.failure().isPresent() ? Status.BROKEN : Status.PASSED);
      }
    }
    if (!read.isEmpty()) {
      Allure.addAttachment("measures of the runs read", "text/html",
          MeasuresTable.forCheck(check.experiment().title() + " \u203A " + check.displayName(), read), ".html");
    }
  }

  @Override
  public void checkFinished(CheckReport check, Optional<Throwable> failure) {
    CheckOutcome.Status status = CheckOutcome.Status.of(failure);
    for (String claim : check.claims()) {
      ledger.record(new CheckOutcome(claim, check.experiment().title(), check.displayName(),
          check.experiment().type().getName() + "#" + check.name(), check.stance(), status,
          CheckOutcome.messageOf(failure)));
    }
    if (recording) {
      Allure.step("assert: " + check.displayName(), switch (status) {
        case PASSED -> Status.PASSED;
        case FAILED -> Status.FAILED;
        case ABORTED -> Status.SKIPPED;
        case BROKEN -> Status.BROKEN;
      });
    }
  }

  @Override
  public void executionFinished() {
    if (!recording) {
      return;
    }
    ResultsEnvironment.write(AtomicAllureLifecycle.resultsDirectory());
    writeLedger(ledger.verdicts(ClaimSentences.load(classLoader())));
  }

  private static void writeLedger(List<ClaimVerdict> verdicts) {
    AllureLifecycle lifecycle = Allure.getLifecycle();
    String uuid = UUID.randomUUID().toString();
    long now = System.currentTimeMillis();
    TestResult result = new TestResult()
        .setUuid(uuid)
        .setName(LEDGER + ": " + LedgerHtml.summary(verdicts))
        .setFullName("dev.yieldlab.ClaimsLedger")
        .setHistoryId(ResultsUtils.md5("dev.yieldlab:claims-ledger"))
        .setTestCaseId(ResultsUtils.md5("dev.yieldlab:claims-ledger"))
        .setStatus(Status.PASSED)
        .setStart(now)
        .setDescriptionHtml(LedgerHtml.description(verdicts))
        .setLabels(List.of(
            ResultsUtils.createEpicLabel(EPIC),
            ResultsUtils.createFeatureLabel(LEDGER),
            ResultsUtils.createStoryLabel("What the run says about each claim of the post"),
            ResultsUtils.createSuiteLabel(LEDGER),
            new Label().setName("framework").setValue("yieldlab")));
    lifecycle.scheduleTestCase(result);
    lifecycle.startTestCase(uuid);
    lifecycle.addAttachment(LEDGER, "text/html", ".html", LedgerHtml.page(verdicts).getBytes(StandardCharsets.UTF_8));
    lifecycle.stopTestCase(uuid);
    lifecycle.writeTestCase(uuid);
  }

  private static void labels(ExperimentInfo experiment, List<String> claims) {
    Allure.epic(EPIC);
    claims.forEach(Allure::feature);
    Allure.story(experiment.title());
  }

  @Override
  public void checkEntry(CheckReport check, String key, String value) {
    if (recording) {
      Allure.step(key + " = " + value);
    }
  }

  @Override
  public void checkTable(CheckReport check, String title, List<String> header, List<List<String>> rows) {
    if (recording) {
      Allure.addAttachment(title, "text/html", MeasuresTable.forTable(title, header, rows), ".html");
    }
  }

  /** A step for the warm-ups and one for the measured repetitions, with each repetition's time. */
  private static void repetitionSteps(RunReport run) {
    String warmups = run.settings().getOrDefault("warm-ups", "0");
    if (!warmups.equals("0")) {
      Allure.step("warm-up: " + warmups + " run(s), not measured (class loading, JIT compilation)");
    }
    List<Duration> samples = run.result().measurement().samples();
    AllureLifecycle lifecycle = Allure.getLifecycle();
    String uuid = UUID.randomUUID().toString();
    lifecycle.startStep(uuid, new StepResult().setName("measured repetitions: " + run.result().measurement()));
    for (int i = 0; i < samples.size(); i++) {
      Allure.step(String.format(Locale.ROOT, "repetition %d: %.3f s", i + 1, samples.get(i).toNanos() / 1e9));
    }
    lifecycle.updateStep(uuid, step -> step.setStatus(
        run.result().failure().isPresent() ? Status.BROKEN : Status.PASSED));
    lifecycle.stopStep(uuid);
  }

  /** One step for the measured run, with a step per coroutine saying where its time went. */
  private static void measuredRunStep(RunReport run) {
    RunResult result = run.result();
    AllureLifecycle lifecycle = Allure.getLifecycle();
    String uuid = UUID.randomUUID().toString();
    lifecycle.startStep(uuid, new StepResult().setName(String.format(Locale.ROOT,
        "typical run (closest to the median) on the %s clock: %.3f s, %d switches, %d thread(s)",
        run.settings().getOrDefault("clock", "?"),
        result.elapsed().toNanos() / 1e9, result.timeline().switches(), result.timeline().threadIds().size())));
    for (TaskActivity row : result.timeline().activities(result.elapsed())) {
      Map<SpanKind, Long> time = row.nanosByKind();
      Allure.step(String.format(Locale.ROOT, "%s: running %.3f ms, ready %.3f ms, sleeping %.3f ms, waiting %.3f ms,"
              + " %d yields, %d log lines, %s", row.task(), time.get(SpanKind.RUNNING) / 1e6,
          time.get(SpanKind.READY) / 1e6, time.get(SpanKind.SLEEPING) / 1e6, time.get(SpanKind.WAITING) / 1e6,
          row.yields().size(), row.logs().size(), row.ending().map(Enum::name).orElse("never ended")),
          row.ending().isEmpty() || row.endedNormally() ? Status.PASSED : Status.FAILED);
    }
    Status status = result.failure().map(f -> f instanceof AssertionError ? Status.FAILED : Status.BROKEN)
        .orElse(Status.PASSED);
    lifecycle.updateStep(uuid, step -> step.setStatus(status));
    lifecycle.stopStep(uuid);
  }

  /** Events shown in full in the listing; a sweep's 200,000 would make the single-file report ~20 MB. */
  static final int LISTED_EVENTS = 5_000;

  /** Every event as a line, or the first and last of them with a line saying how many are left out. */
  static String eventListing(Timeline timeline) {
    List<TimelineEvent> events = timeline.events();
    if (events.size() <= LISTED_EVENTS) {
      return timeline.describe();
    }
    int head = LISTED_EVENTS * 4 / 5;
    int tail = LISTED_EVENTS - head;
    return Timeline.describe(events.subList(0, head)) + System.lineSeparator()
        + "... " + (events.size() - LISTED_EVENTS) + " events left out of this listing (the run recorded "
        + events.size() + "; the Gantt chart draws them all) ..." + System.lineSeparator()
        + Timeline.describe(events.subList(events.size() - tail, events.size()));
  }

  private static String postStyleLog(RunResult result) {
    List<String> lines = result.timeline().logLines();
    return lines.isEmpty() ? "(this run logged nothing)\n" : String.join("\n", lines) + "\n";
  }

  private static String key(ExperimentInfo experiment, String run) {
    return experiment.type().getName() + "#" + run;
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
