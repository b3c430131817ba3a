package dev.yieldlab.junit;

import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** One {@code @Check}: a test that asserts on the runs of its experiment. */
final class CheckDescriptor extends AbstractTestDescriptor implements Node<YieldlabExecutionContext> {

  static final String SEGMENT = "check";

  private final CheckMethod check;
  private final Class<?> experiment;
  private final Set<TestTag> tags;

  CheckDescriptor(UniqueId uniqueId, Class<?> experiment, CheckMethod check, Set<TestTag> tags) {
    super(uniqueId, check.displayName(), MethodSource.from(experiment, check.method()));
    this.check = check;
    this.experiment = experiment;
    this.tags = tags;
  }

  CheckMethod check() {
    return check;
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
    check.method().setAccessible(true);
    CheckReport report = new CheckReport(ExperimentInfo.of(experiment), check.name(), getDisplayName(), check.runs());
    context.reporter().checkStarted(report);
    try {
      Reflection.invoke(() -> check.method().invoke(context.instance(), context.runs()));
    } catch (Throwable failure) {
      context.reporter().checkFinished(report, Optional.of(failure));
      throw failure;
    }
    context.reporter().checkFinished(report, Optional.empty());
    return context;
  }
}
