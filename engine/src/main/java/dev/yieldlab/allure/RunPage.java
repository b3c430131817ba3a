package dev.yieldlab.allure;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.UnobservedFailures;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.InjectedYieldPoints;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.api.timeline.Stall;
import dev.yieldlab.api.timeline.TaskActivity;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import dev.yieldlab.api.timing.Noise;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.reporting.RunReport;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A run's Allure page, added to the test that is executing: a parameter per setting, steps for the
 * warm-ups, the repetitions (or pairs) and the typical run with a step per coroutine (up to {@value
 * ReportBudget#TASK_STEPS}), and the timeline (Gantt SVG), post-style log, measures and event listing
 * as attachments. Each piece is bounded ({@link ReportBudget}); the tasks ({@link TaskDigest}), the costly
 * part for a run of a million tasks, are made once for all of them.
 */
final class RunPage {

  /** Events shown in full in the listing; a sweep's 200,000 would make the single-file report ~20 MB. */
  static final int LISTED_EVENTS = ReportBudget.LISTED_EVENTS;

  private RunPage() {}

  static void write(RunReport run, String title) {
    RunResult result = run.result();
    long end = TimelineSvg.end(result.timeline(), result.elapsed().toNanos());
    TaskDigest tasks = TaskDigest.of(result.timeline(), end, result.timeline().stalls());
    run.settings().listed().forEach(setting -> Allure.parameter(setting.name(), setting.value()));
    repetitionSteps(run);
    typicalRunStep(run, tasks);
    Allure.step("the kernel's view: " + run.measures().kernelSentence());
    result.yieldPoints().ifPresent(RunPage::yieldPointSteps);
    stallSteps(result.timeline());
    unobservedSteps(result.unobservedFailures());
    swallowedSteps(result.timeline());
    Allure.addAttachment("timeline (Gantt)", "image/svg+xml",
        TimelineSvg.render(title, result.timeline(), tasks, result.elapsed().toNanos()), ".svg");
    Allure.addAttachment("post-style log", "text/plain", postStyleLog(result.timeline()), ".txt");
    Allure.addAttachment("measures", "text/html",
        MeasuresTable.forRun(title, run.settings(), run.measures(), tasks), ".html");
    Allure.addAttachment("timeline events", "text/plain", eventListing(result.timeline()), ".txt");
  }

  /**
   * A step for the warm-ups and one for the measured repetitions, with each repetition's time; for a
   * paired run, one per pair with both sides' times and their ratio.
   */
  private static void repetitionSteps(RunReport run) {
    if (run.settings().warmups() > 0) {
      Allure.step(run.settings().paired()
          ? "warm-up: " + run.settings().warmups() + " pair(s), not measured (class loading, JIT compilation)"
          : "warm-up: " + run.settings().warmups() + " run(s), not measured (class loading, JIT compilation)");
    }
    Status status = run.result().failure().isPresent() ? Status.BROKEN : Status.PASSED;
    if (run.result().value() instanceof PairedMeasurement<?> paired) {
      parentStep("measured in " + paired.pairs().size() + " pairs, " + paired.countedPairs().size() + " counted", status,
          () -> pairSteps(paired));
      return;
    }
    List<Duration> samples = run.result().measurement().samples();
    List<Noise> noise = run.result().measurement().noise();
    parentStep("measured repetitions: " + run.result().measurement(), status, () -> {
      for (int i = 0; i < samples.size(); i++) {
        Allure.step(String.format(Locale.ROOT, "repetition %d: %.3f s; noise: %s", i + 1, samples.get(i).toNanos() / 1e9,
            noise.get(i).describe()));
      }
    });
  }

  private static void pairSteps(PairedMeasurement<?> paired) {
    for (int i = 0; i < paired.pairs().size(); i++) {
      TimingPage.pairStep(i + 1, paired.pairs().get(i).timed(), "treatment", "baseline");
    }
  }

  /**
   * One step for the typical run, with a step per coroutine saying where its time went; past {@value
   * ReportBudget#TASK_STEPS} coroutines, one step per each of those ranked first and one that says
   * where the others are.
   */
  private static void typicalRunStep(RunReport run, TaskDigest tasks) {
    RunResult result = run.result();
    Status status = result.failure().map(f -> f instanceof AssertionError ? Status.FAILED : Status.BROKEN)
        .orElse(Status.PASSED);
    List<TaskActivity> rows = tasks.shown(ReportBudget.TASK_STEPS);
    parentStep(String.format(Locale.ROOT, "typical run (closest to the median) on the %s clock: %.3f s, %d switches,"
            + " %d thread(s)", run.settings().clock(), result.elapsed().toNanos() / 1e9, run.measures().switches(),
        run.measures().threads()), status, () -> {
      for (TaskActivity row : rows) {
        Map<SpanKind, Long> time = row.nanosByKind();
        Allure.step(String.format(Locale.ROOT, "%s: running %.3f ms, ready %.3f ms, sleeping %.3f ms, waiting %.3f ms,"
                + " %d yields, %d log lines, %s", CappedText.clip(row.task(), ReportBudget.QUOTED_LINE_CHARS),
            time.get(SpanKind.RUNNING) / 1e6, time.get(SpanKind.READY) / 1e6, time.get(SpanKind.SLEEPING) / 1e6,
            time.get(SpanKind.WAITING) / 1e6, row.yields().size(), row.logs().size(),
            row.ending().map(Enum::name).orElse("never ended")),
            row.ending().isEmpty() || row.endedNormally() ? Status.PASSED : Status.FAILED);
      }
      if (!tasks.complete(ReportBudget.TASK_STEPS)) {
        Allure.step(String.format(Locale.ROOT, "... and %,d other coroutines, without a step each: the 'measures'"
            + " attachment lists the %,d ranked first and sums the rest", tasks.tasks() - rows.size(),
            Math.min(tasks.tasks(), ReportBudget.TABLE_ROWS)));
      }
    });
  }

  /**
   * What the injected yield points did, and a step per stall that reached none (the first {@value
   * ReportBudget#STALLS_SHOWN}), marked broken: the variant behaved like the plain one there.
   */
  private static void yieldPointSteps(InjectedYieldPoints points) {
    Status status = points.unreached().isEmpty() ? Status.PASSED : Status.BROKEN;
    parentStep("yield points: " + points.describe(), status, () -> points.unreached().stream()
        .limit(ReportBudget.STALLS_SHOWN).forEach(unreached -> Allure.step(unreached.describe(), Status.BROKEN)));
  }

  /**
   * One step per stall (the longest {@value ReportBudget#STALLS_SHOWN}), saying who held the loop, in
   * what call, and whom it made late; none when the loop stayed responsive.
   */
  private static void stallSteps(Timeline timeline) {
    List<Stall> stalls = timeline.stalls();
    if (stalls.isEmpty()) {
      return;
    }
    List<Stall> shown = TimelineSvg.longest(stalls);
    parentStep(stalls.size() + " stall(s): a coroutine held the loop past the stall threshold"
        + (shown.size() < stalls.size() ? "; the " + shown.size() + " longest listed" : ""), Status.PASSED, () -> {
      for (Stall stall : shown) {
        Allure.step(CappedText.clip(timeline.describe(stall), 4 * ReportBudget.QUOTED_LINE_CHARS));
      }
    });
  }

  /**
   * A broken step for the task failures nothing observed, counted by the loop (so past the timeline's
   * event limit too), with a step per task listed (at most {@value ReportBudget#STALLS_SHOWN}).
   */
  private static void unobservedSteps(UnobservedFailures unobserved) {
    if (unobserved.isEmpty()) {
      return;
    }
    parentStep(String.format(Locale.ROOT, "%,d task failure(s) that nobody observed (never joined, gathered, selected or"
        + " awaited in a scope): they fail the run", unobserved.count()), Status.BROKEN, () -> {
      unobserved.listed().stream().limit(ReportBudget.STALLS_SHOWN).forEach(failed ->
          Allure.step(CappedText.clip(failed.describe(), 4 * ReportBudget.QUOTED_LINE_CHARS), Status.BROKEN));
      if (unobserved.count() > Math.min(ReportBudget.STALLS_SHOWN, unobserved.listed().size())) {
        Allure.step(String.format(Locale.ROOT, "... and %,d more", unobserved.count()
            - Math.min(ReportBudget.STALLS_SHOWN, unobserved.listed().size())), Status.BROKEN);
      }
    });
  }

  /** A broken step per cancellation a task caught and went on from (the first {@value ReportBudget#STALLS_SHOWN}). */
  private static void swallowedSteps(Timeline timeline) {
    List<TimelineEvent> swallowed = timeline.events().stream()
        .filter(event -> event.subject() instanceof EventSubject.CancellationSwallowed).toList();
    if (swallowed.isEmpty()) {
      return;
    }
    parentStep(swallowed.size() + " cancellation(s) caught and gone on from", Status.BROKEN, () -> swallowed.stream()
        .limit(ReportBudget.STALLS_SHOWN).forEach(event -> Allure.step(CappedText.clip(String.format(Locale.ROOT,
            "'%s' at +%.3f s: %s", event.task(), event.nanos() / 1e9, event.detail()), 4 * ReportBudget.QUOTED_LINE_CHARS),
            Status.BROKEN)));
  }

  static void parentStep(String name, Status status, Runnable children) {
    AllureLifecycle lifecycle = Allure.getLifecycle();
    String uuid = UUID.randomUUID().toString();
    lifecycle.startStep(uuid, new StepResult().setName(name));
    children.run();
    lifecycle.updateStep(uuid, step -> step.setStatus(status));
    lifecycle.stopStep(uuid);
  }

  /**
   * Every event as a line, or the first and last of them with a line saying how many are left out: at
   * most {@value ReportBudget#LISTED_EVENTS} events and {@value ReportBudget#LISTING_CHARS} characters.
   */
  static String eventListing(Timeline timeline) {
    List<TimelineEvent> events = timeline.events();
    if (events.size() <= LISTED_EVENTS) {
      return CappedText.of(events.stream().map(TimelineEvent::describe).toList(), ReportBudget.LISTING_CHARS,
          Integer.MAX_VALUE, "this listing");
    }
    int head = LISTED_EVENTS * 4 / 5;
    int tail = LISTED_EVENTS - head;
    return CappedText.of(events.subList(0, head).stream().map(TimelineEvent::describe).toList(),
            ReportBudget.LISTING_CHARS * 4 / 5, Integer.MAX_VALUE, "this listing's first events")
        + System.lineSeparator()
        + "... " + (events.size() - LISTED_EVENTS) + " events left out of this listing (the run recorded "
        + events.size() + "; the Gantt chart and the measures table are made from all of them) ..." + System.lineSeparator()
        + CappedText.of(events.subList(events.size() - tail, events.size()).stream().map(TimelineEvent::describe).toList(),
            ReportBudget.LISTING_CHARS / 5, Integer.MAX_VALUE, "this listing's last events");
  }

  /** The log lines, at most {@value ReportBudget#LOG_CHARS} characters of them (the timeline keeps up to 8 MiB). */
  private static String postStyleLog(Timeline timeline) {
    List<String> lines = timeline.logLines();
    return lines.isEmpty() ? "(this run logged nothing)\n"
        : CappedText.of(lines, ReportBudget.LOG_CHARS, Integer.MAX_VALUE, "the post-style log") + "\n";
  }
}
