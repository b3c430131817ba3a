package dev.yieldlab.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.explore.CheckVerdict;
import dev.yieldlab.api.explore.Exploration;
import dev.yieldlab.api.explore.ScheduleId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;

/**
 * Explores one run: the FIFO schedule first (what the run does unexplored, and how long a schedule
 * is), then the strategies' schedules in turn ({@link Portfolio}) until the schedules or the time
 * budget are spent, every check that reads the run is refuted, the exhaustive search is complete, or
 * the platform asks to stop. Then each refuted check's schedule is confirmed and shrunk ({@link
 * Verdicts}). Or, given a schedule id, replays that one schedule.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class Explorer {

  /** Shrinking all refuted checks of one run may take this long beyond the exploration's own budget. */
  public static final Duration SHRINK_BUDGET = Duration.ofSeconds(10);

  private final ExploreSettings settings;
  private final RunFingerprint run;
  private final Attempts attempts;
  private final Collection<String> checks;
  private final BooleanSupplier stopRequested;

  /**
   * @param checks the method names of the checks that may read the run ({@link Trial#judgements()}' keys)
   * @param stopRequested polled between schedules: the platform's cancellation
   */
  public Explorer(ExploreSettings settings, RunFingerprint run, ScheduleTrial trial, Collection<String> checks,
      BooleanSupplier stopRequested) {
    this.settings = settings;
    this.run = run;
    this.attempts = new Attempts(trial, settings.jitter().toNanos());
    this.checks = List.copyOf(checks);
    this.stopRequested = stopRequested;
  }

  public Exploration explore() {
    long started = System.nanoTime();
    long budgetEnd = started + settings.budget().toNanos();
    Attempts.Attempt fifo = attempts.run(ChoiceSource.FIFO, "fifo", 0);
    attempts.boundUnfairnessBy(fifo.schedule());
    Verdicts verdicts = new Verdicts(checks);
    OutcomeTally tally = new OutcomeTally();
    count(fifo, 1, verdicts, tally);
    Portfolio portfolio = new Portfolio(settings, fifo.schedule());
    int explored = 1;
    String stopped;
    while (true) {
      if (explored >= settings.schedules()) {
        stopped = String.format(Locale.ROOT, "its %,d schedules explored", settings.schedules());
        break;
      }
      if (verdicts.allRefuted()) {
        stopped = "every check that reads it refuted";
        break;
      }
      if (stopRequested.getAsBoolean()) {
        stopped = "the test run was cancelled";
        break;
      }
      if (System.nanoTime() - budgetEnd >= 0) {
        stopped = "its budget of " + settings.budget() + " spent";
        break;
      }
      Portfolio.Next next = portfolio.next();
      if (next == null) {
        stopped = "every schedule explored";
        break;
      }
      Attempts.Attempt attempt = attempts.run(next.choices(), next.strategy().label(), next.index());
      portfolio.ran(next, attempt.schedule());
      count(attempt, ++explored, verdicts, tally);
    }
    if (portfolio.complete()) {
      stopped = "every schedule explored";
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    List<CheckVerdict> settled = verdicts.settle(attempts, run, settings.seed(), System.nanoTime() + SHRINK_BUDGET.toNanos());
    return new Exploration(run.label(), explored, portfolio.counts(), portfolio.complete(), settings.deviations(), took, stopped,
        fifo.trial().result(), tally.outcomes(), settled, portfolio.notes(), Optional.empty());
  }

  /**
   * Replays the schedule {@code id} (after the FIFO one, which a drawn PCT schedule's length depends
   * on): the checks are judged on it alone, nothing is shrunk. Fails with a {@link
   * ScheduleMismatchException} when the id does not fit the run.
   */
  public Exploration replay(ScheduleId id) {
    long started = System.nanoTime();
    Attempts.Attempt fifo = attempts.run(ChoiceSource.FIFO, "fifo", 0);
    attempts.boundUnfairnessBy(fifo.schedule());
    Attempts.Attempt replayed = id.drawn().isPresent()
        ? attempts.run(drawn(id.drawn().get(), fifo.schedule()), id.drawn().get().strategy(), id.drawn().get().index(), true)
        : attempts.replay(id.deviations(), true, true);
    Verdicts verdicts = new Verdicts(checks);
    OutcomeTally tally = new OutcomeTally();
    count(replayed, 1, verdicts, tally);
    List<String> notes = new ArrayList<>();
    if (!id.build().equals(run.build())) {
      notes.add("schedule " + id + " was made by another build of " + run.label() + " (its class file has changed"
          + " since): replayed anyway; where the code changed, the schedule may no longer mean what it meant");
    }
    List<CheckVerdict> settled = new ArrayList<>();
    for (CheckVerdict verdict : verdicts.settleReplayed(replayed, run, id)) {
      settled.add(verdict);
    }
    return new Exploration(run.label(), 1, List.of(new Exploration.StrategyCount("replay", 1)), false, -1,
        Duration.ofNanos(System.nanoTime() - started), "one schedule replayed", fifo.trial().result(),
        tally.outcomes(), settled, notes, Optional.of(id));
  }

  private ChoiceSource drawn(ScheduleId.Drawn drawn, Schedule fifo) {
    ScheduleSource source;
    if (drawn.strategy().equals(RandomWalk.LABEL)) {
      source = new RandomWalk(drawn.seed());
    } else if (drawn.strategy().equals(Pos.LABEL)) {
      source = new Pos(drawn.seed());
    } else {
      source = new Pct(drawn.seed(), Integer.parseInt(drawn.strategy().substring("pct".length())), fifo.orderPoints());
    }
    return source.schedule(drawn.index());
  }

  private void count(Attempts.Attempt attempt, int explored, Verdicts verdicts, OutcomeTally tally) {
    verdicts.judge(attempt, explored);
    tally.add(attempt.trial().result(), () -> Verdicts.idOf(attempt, run, settings.seed()).toString());
  }
}
