package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.Expect;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Stance;
import dev.yieldlab.api.explore.CheckVerdict;
import dev.yieldlab.api.explore.Exploration;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A check, as reporters see it.
 *
 * @param experiment the experiment it belongs to
 * @param name its method name
 * @param displayName the check test's display name: what it asserts
 * @param runs the names of the runs it reads
 * @param claims the claims it is evidence for (a subset of the experiment's)
 * @param stance what a pass says about those claims' sentences
 * @param reference whether it checks the post's own code rerun rather than yieldlab's reproduction
 * @param read the results of those runs that executed in this session, every variant, in order: a
 *     run name without a result did not run
 * @param explored the explorations whose schedules judged this check (empty for a check of runs that
 *     are not explored): each holds its verdict and scope
 * @param expect whether the check expects to hold in every schedule or to be refuted by one
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckReport(ExperimentInfo experiment, String name, String displayName, List<String> runs,
    List<String> claims, Stance stance, boolean reference, List<RunResult> read, List<Exploration> explored,
    Expect expect) {

  public CheckReport {
    runs = List.copyOf(runs);
    claims = List.copyOf(claims);
    read = List.copyOf(read);
    explored = List.copyOf(explored);
  }

  /** A check of runs that are not explored. */
  public CheckReport(ExperimentInfo experiment, String name, String displayName, List<String> runs,
      List<String> claims, Stance stance, boolean reference, List<RunResult> read) {
    this(experiment, name, displayName, runs, claims, stance, reference, read, List.of(), Expect.HOLDS);
  }

  /** This check's verdicts from the explorations that judged it, with the exploration each comes from. */
  public List<ExploredVerdict> exploredVerdicts() {
    return explored.stream().map(e -> new ExploredVerdict(e, e.verdictOf(name).orElseThrow())).toList();
  }

  /** One exploration's verdict on this check. */
  public record ExploredVerdict(Exploration exploration, CheckVerdict verdict) {}

  /** The results read of the run named {@code run}, every variant; empty when it did not execute. */
  public List<RunResult> readOf(String run) {
    return read.stream().filter(result -> result.name().equals(run)).toList();
  }
}
