package dev.yieldlab.junit;

import dev.yieldlab.api.RunResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One {@code @Run}: a test that runs its method as the main coroutine of a fresh loop, keeps the
 * result for the checks, prints the post-style log and publishes its measures as report entries.
 */
final class RunDescriptor extends AbstractTestDescriptor implements Node<YieldlabExecutionContext> {

  static final String SEGMENT = "run";

  private final RunMethod run;
  private final String experimentName;
  private final Class<?> experiment;
  private final Set<TestTag> tags;

  RunDescriptor(UniqueId uniqueId, Class<?> experiment, RunMethod run, Set<TestTag> tags) {
    super(uniqueId, run.displayName(), MethodSource.from(experiment, run.method()));
    this.run = run;
    this.experimentName = experiment.getSimpleName();
    this.experiment = experiment;
    this.tags = tags;
  }

  RunMethod run() {
    return run;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }

  @Override
  public YieldlabExecutionContext execute(YieldlabExecutionContext context, DynamicTestExecutor executor)
      throws Exception {
    YieldlabConfiguration configuration = context.configuration();
    Duration timeout = run.timeout().orElse(configuration.defaultTimeout());
    Object instance = context.instance();
    run.method().setAccessible(true);
    RunOutcome outcome = LoopThreadRunner.run(run.name(), configuration.clock(), timeout,
        loop -> Reflection.invoke(() -> run.takesLoop()
            ? run.method().invoke(instance, loop)
            : run.method().invoke(instance)));
    RunResult result = new RunResult(run.name(), outcome.timeline(), outcome.elapsed(), outcome.value(),
        Optional.ofNullable(outcome.failure()));
    context.runs().put(result);
    printLog(configuration, outcome);
    Map<String, String> measures = measures(configuration, outcome);
    context.listener().reportingEntryPublished(this, ReportEntry.from(measures));
    context.reporter().runFinished(new RunReport(ExperimentInfo.of(experiment), getDisplayName(),
        settings(configuration, timeout), result, measures));
    if (outcome.failure() != null) {
      throw Reflection.<Exception>sneaky(outcome.failure());
    }
    return context;
  }

  private void printLog(YieldlabConfiguration configuration, RunOutcome outcome) {
    String header = String.format(Locale.ROOT, "[yieldlab] %s.%s: %s clock, %.3f s, %d thread(s), %d switches",
        experimentName, run.name(), configuration.clock(), outcome.elapsed().toNanos() / 1e9,
        outcome.timeline().threadIds().size(), outcome.timeline().switches());
    StringBuilder text = new StringBuilder(header);
    outcome.timeline().logLines().forEach(line -> text.append(System.lineSeparator()).append("  ").append(line));
    System.out.println(text);
  }

  /** What this run ran with, one entry per setting; reports show each as a parameter. */
  private static Map<String, String> settings(YieldlabConfiguration configuration, Duration timeout) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("clock", configuration.clock().name());
    settings.put("timeout", timeout.toMillis() + " ms");
    return settings;
  }

  private static Map<String, String> measures(YieldlabConfiguration configuration, RunOutcome outcome) {
    Map<String, String> measures = new LinkedHashMap<>();
    measures.put("clock", configuration.clock().name());
    measures.put("elapsed.ms", String.format(Locale.ROOT, "%.3f", outcome.elapsed().toNanos() / 1e6));
    measures.put("switches", Integer.toString(outcome.timeline().switches()));
    measures.put("threads", Integer.toString(outcome.timeline().threadIds().size()));
    measures.put("events", Integer.toString(outcome.timeline().events().size()));
    return measures;
  }
}
