package dev.yieldlab.junit;

import dev.yieldlab.api.FailureNotes;
import dev.yieldlab.api.Report;
import dev.yieldlab.loop.Sneaky;
import dev.yieldlab.reporting.CheckReport;
import dev.yieldlab.reporting.ExperimentInfo;
import java.util.List;
import java.util.Optional;
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

  @Override
  public YieldlabExecutionContext execute(YieldlabExecutionContext context, DynamicTestExecutor executor)
      throws Exception {
    check.method().setAccessible(true);
    CheckReport reported = new CheckReport(ExperimentInfo.of(experiment), check.name(), getDisplayName(), check.runs(),
        check.claims(), check.stance(), check.reference(), context.runs().executed(check.runs()),
        context.runs().explorationsJudging(check.name()), check.expect());
    Report report = new PublishingReport(this, reported, context.listener(), context.reporter());
    if (!reported.explored().isEmpty()) {
      context.reporter().checkStarted(reported);
      try {
        ExploredCheck.judge(check, experiment, reported, context.runs(),
            new ScheduleJudge(List.of(check), context.instance(), context.runs()), report);
      } catch (Throwable failure) {
        context.reporter().checkFinished(reported, Optional.of(failure));
        throw failure;
      }
      context.reporter().checkFinished(reported, Optional.empty());
      return context;
    }
    Class<?>[] types = check.method().getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = types[i] == Report.class ? report : context.runs();
    }
    context.reporter().checkStarted(reported);
    try {
      Reflection.invoke(() -> check.method().invoke(context.instance(), arguments));
    } catch (Throwable thrown) {
      Throwable failure = noted(thrown, reported);
      context.reporter().checkFinished(reported, Optional.of(failure));
      throw Sneaky.<Exception>rethrow(failure);
    }
    context.reporter().checkFinished(reported, Optional.empty());
    return context;
  }

  /**
   * A failed assertion about injected runs says, in its message and on the console, what their yield
   * points did ({@link InjectedRunNote}); any other failure is left as it is.
   */
  private Throwable noted(Throwable failure, CheckReport reported) {
    Optional<String> note = failure instanceof AssertionError ? InjectedRunNote.of(reported.read()) : Optional.empty();
    if (note.isEmpty()) {
      return failure;
    }
    System.out.println("[yieldlab] " + getDisplayName() + " failed; " + note.get());
    return FailureNotes.withNote((AssertionError) failure, note.get());
  }
}
