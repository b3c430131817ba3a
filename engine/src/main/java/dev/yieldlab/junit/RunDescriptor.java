package dev.yieldlab.junit;

import dev.yieldlab.api.PairedMeasurement;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.loop.Sneaky;
import dev.yieldlab.reporting.ExperimentInfo;
import dev.yieldlab.reporting.RunMeasures;
import dev.yieldlab.reporting.RunReport;
import dev.yieldlab.reporting.RunSettings;
import java.time.Duration;
import java.util.Locale;
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
    YieldlabConfiguration configuration = context.configuration();
    RunTarget target = RunTargets.forVariant(experiment, context.instance(), run, variant, configuration);
    try {
      result = RepeatedRun.execute(run, variant, target, configuration, context.cancellation());
    } catch (Exception | Error thrown) {
      target.close();
      throw thrown;
    }
    // The target stays open until the experiment ends: a check's timing verdict may need more pairs.
    context.runs().put(result, new Rerunnable(run, variant, target));
    RunMeasures measures = RunMeasures.of(configuration.clock(), result);
    System.out.println(postStyleLog(result, measures));
    context.listener().reportingEntryPublished(this, ReportEntry.from(measures.reportEntries()));
    context.reporter().runFinished(new RunReport(ExperimentInfo.of(experiment), getDisplayName(),
        settings(configuration, result), result, measures));
    if (result.failure().isPresent()) {
      throw Sneaky.<Exception>rethrow(result.failure().get());
    }
    return context;
  }

  /** What this variant ran with; a paired run reports its warm-up pair and the pairs it measured. */
  private RunSettings settings(YieldlabConfiguration configuration, RunResult result) {
    Duration timeout = run.timeout().orElse(configuration.defaultTimeout());
    if (run.paired()) {
      int pairs = result.value() instanceof PairedMeasurement<?> measured ? measured.pairs().size() : 0;
      return new RunSettings(configuration.clock(), timeout, variant, 1, pairs, true);
    }
    return new RunSettings(configuration.clock(), timeout, variant, RepeatedRun.warmups(run, configuration),
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
