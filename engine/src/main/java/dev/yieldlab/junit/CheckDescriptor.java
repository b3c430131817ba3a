package dev.yieldlab.junit;

import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** One {@code @Check}: a test that asserts on the runs of its experiment. */
final class CheckDescriptor extends YieldlabDescriptor {

  static final String SEGMENT = "check";

  private final CheckMethod check;
  private final Class<?> experiment;

  CheckDescriptor(UniqueId uniqueId, Class<?> experiment, CheckMethod check, Set<TestTag> tags) {
    super(uniqueId, check.displayName(), MethodSource.from(experiment, check.method()), Type.TEST, tags);
    this.check = check;
    this.experiment = experiment;
  }

  CheckMethod check() {
    return check;
  }

  /** Runs the check, again while a timing claim of it needs more pairs ({@link CheckRun}). */
  @Override
  public YieldlabExecutionContext execute(YieldlabExecutionContext context, DynamicTestExecutor executor)
      throws Exception {
    try {
      new CheckRun(this, check, experiment, context).execute();
    } catch (Exception | Error thrown) {
      throw thrown;
    } catch (Throwable other) {
      throw new IllegalStateException(other);
    }
    return context;
  }
}
