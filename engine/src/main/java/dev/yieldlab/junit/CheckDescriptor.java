package dev.yieldlab.junit;

import dev.yieldlab.api.Report;
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
  private final Set<TestTag> tags;

  CheckDescriptor(UniqueId uniqueId, Class<?> experiment, CheckMethod check, Set<TestTag> tags) {
    super(uniqueId, check.displayName(), MethodSource.from(experiment, check.method()));
    this.check = check;
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
    Report report = new CheckReport(this, context.listener());
    Class<?>[] types = check.method().getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = types[i] == Report.class ? report : context.runs();
    }
    Reflection.invoke(() -> check.method().invoke(context.instance(), arguments));
    return context;
  }
}
