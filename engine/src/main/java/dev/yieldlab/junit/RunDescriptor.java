package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.explore.Exploration;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.loop.Sneaky;
import dev.yieldlab.reporting.ExperimentInfo;
import dev.yieldlab.reporting.RunMeasures;
import dev.yieldlab.reporting.RunReport;
import dev.yieldlab.reporting.RunSettings;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * One variant of one {@code @Run}: a test that runs the method as the main coroutine of fresh loops
 * (repeated when measured), keeps the result for the checks, prints the post-style log and
 * publishes its measures as report entries.
 */
final class RunDescriptor extends YieldlabDescriptor {

  static final String SEGMENT = "run";
  static final String VARIANT_SEGMENT = "variant";

  private final Class<?> experiment;
  private final RunMethod run;
  private final VariantSpec variant;

  RunDescriptor(UniqueId uniqueId, Class<?> experiment, RunMethod run, VariantSpec variant, Set<TestTag> tags) {
    super(uniqueId, run.hasDeclaredVariants() ? variant.describe() : run.displayName(),
        MethodSource.from(experiment, run.method()), Type.TEST, tags);
    this.experiment = experiment;
    this.run = run;
    this.variant = variant;
  }

  @Override
  public YieldlabExecutionContext execute(YieldlabExecutionContext context, DynamicTestExecutor executor)
      throws Exception {
    RunResult result;
    Optional<Exploration> exploration = Optional.empty();
    YieldlabConfiguration configuration = context.configuration();
    Optional<ExplorationPlan> plan = ExplorationPlan.of(experiment, run, variant, configuration);
    RunTarget target = RunTargets.forVariant(experiment, context.instance(), run, variant, configuration);
    try {
      ExploredRun.Outcome explored = plan.isEmpty() ? null : ExploredRun.execute(plan.get(), run, variant, target,
          configuration, context.cancellation(), checksReadingThisRun(), context.instance(), context.runs());
      if (explored != null) {
        result = explored.fifo();
        exploration = explored.exploration();
      } else {
        result = RepeatedRun.execute(experiment, run, variant, target, configuration, context.cancellation());
      }
    } catch (Exception | Error thrown) {
      target.close();
      throw thrown;
    }
    // The target stays open until the experiment ends: a check's timing verdict may need more pairs.
    context.runs().put(result, new Rerunnable(run, variant, target));
    exploration.ifPresent(explored -> context.runs().putExploration(explored));
    ClockKind clock = exploration.isPresent() ? ClockKind.VIRTUAL : configuration.clock();
    RunMeasures measures = RunMeasures.of(clock, result);
    System.out.println(postStyleLog(result, measures) + RunConsole.notes(result));
    exploration.ifPresent(explored -> System.out.println(ExplorationText.console(explored)));
    context.listener().reportingEntryPublished(this, ReportEntry.from(measures.reportEntries()));
    exploration.ifPresent(explored -> context.listener().reportingEntryPublished(this,
        ReportEntry.from(ExplorationText.entries(explored))));
    context.reporter().runFinished(new RunReport(ExperimentInfo.of(experiment), getDisplayName(),
        settings(configuration, result, clock), result, measures, exploration));
    if (result.failure().isPresent()) {
      throw Sneaky.<Exception>rethrow(result.failure().get());
    }
    exploration.flatMap(ExplorationText::unjudgedFailure).ifPresent(hidden -> {
      throw new AssertionError(hidden);
    });
    return context;
  }

  /** The checks, still in the tree, that read this run: an explored run judges each schedule with them. */
  private List<CheckMethod> checksReadingThisRun() {
    return ExperimentDescriptor.of(this).map(e -> e.checksReading(run.name())).orElse(List.of());
  }

  /** What this variant ran with; a paired run reports its warm-up pair and the pairs it measured. */
  private RunSettings settings(YieldlabConfiguration configuration, RunResult result, ClockKind clock) {
    Duration timeout = run.timeout().orElse(configuration.defaultTimeout());
    if (run.paired()) {
      int pairs = result.value() instanceof PairedMeasurement<?> measured ? measured.pairs().size() : 0;
      return new RunSettings(clock, timeout, variant, 1, pairs, true);
    }
    return new RunSettings(clock, timeout, variant, RepeatedRun.warmups(run, configuration),
        RepeatedRun.repetitions(run, configuration), false);
  }

  /** {@code [yieldlab] InterleavingExperiment.twoYieldingTasks: REAL clock, ...} then the log lines. */
  private String postStyleLog(RunResult result, RunMeasures measures) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "[yieldlab] %s.%s: %s clock, %s, %d thread(s), %d switches",
        experiment.getSimpleName(), result.label(), measures.clock(), measures.elapsed(), measures.threads(),
        measures.switches()));
    result.timeline().logLines().forEach(line -> text.append(System.lineSeparator()).append("  ").append(line));
    return text.toString();
  }
}
