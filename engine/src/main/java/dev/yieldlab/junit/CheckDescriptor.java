package dev.yieldlab.junit;

import dev.yieldlab.api.Report;
import dev.yieldlab.api.explore.Exploration;
import dev.yieldlab.reporting.CheckReport;
import dev.yieldlab.reporting.EvidenceScope;
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

  /**
   * Runs the check, again while a timing claim of it needs more pairs ({@link CheckRun}); or, when
   * explored runs' schedules judged it, reports their verdict ({@link ExploredCheck}).
   */
  @Override
  public YieldlabExecutionContext execute(YieldlabExecutionContext context, DynamicTestExecutor executor)
      throws Exception {
    check.method().setAccessible(true);
    List<Exploration> explored = context.runs().explorationsJudging(check.name());
    try {
      if (explored.isEmpty()) {
        new CheckRun(this, check, experiment, context).execute();
      } else {
        judgeOnSchedules(context, explored);
      }
    } catch (Exception | Error thrown) {
      throw thrown;
    } catch (Throwable other) {
      throw new IllegalStateException(other);
    }
    return context;
  }

  /** A check that explored runs' schedules judged: its verdict is theirs ({@link ExploredCheck}), its scope typed. */
  private void judgeOnSchedules(YieldlabExecutionContext context, List<Exploration> explored) throws Throwable {
    CheckReport reported = new CheckReport(ExperimentInfo.of(experiment), check.name(), getDisplayName(), check.runs(),
        check.claims(), check.stance(), check.reference(), context.runs().executed(check.runs()), explored,
        check.expect());
    Report report = new PublishingReport(this, reported, context.listener(), context.reporter());
    context.reporter().checkStarted(reported);
    reported.exploredVerdicts().forEach(verdict -> context.reporter().checkScope(reported, new EvidenceScope(
        EvidenceScope.Kind.SCHEDULES, ExplorationText.verdictLine(verdict.exploration(), verdict.verdict()) + " of "
            + verdict.exploration().run())));
    try {
      ExploredCheck.judge(check, experiment, reported, context.runs(),
          new ScheduleJudge(List.of(check), context.instance(), context.runs()), report);
    } catch (Throwable failure) {
      context.reporter().checkFinished(reported, Optional.of(failure));
      throw failure;
    }
    context.reporter().checkFinished(reported, Optional.empty());
  }
}
