package dev.yieldlab.junit;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.VariantSpec;
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
    RunTarget target = RunTargets.forVariant(experiment, context.instance(), run, variant);
    try {
      result = RepeatedRun.execute(run, variant, target, context.configuration(), context.cancellation());
    } finally {
      target.close();
    }
    context.runs().put(result);
    RunMeasures measures = new RunMeasures(experiment, context.configuration(), result);
    System.out.println(measures.postStyleLog());
    context.listener().reportingEntryPublished(this, ReportEntry.from(measures.entries()));
    context.reporter().runFinished(new RunReport(ExperimentInfo.of(experiment), getDisplayName(),
        RunSettings.of(run, variant, context.configuration()), result, measures.entries()));
    if (result.failure().isPresent()) {
      throw Reflection.<Exception>sneaky(result.failure().get());
    }
    return context;
  }
}
