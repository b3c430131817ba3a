package dev.yieldlab.explore;

import dev.yieldlab.api.explore.CheckVerdict;
import dev.yieldlab.api.explore.ScheduleId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each check's tally while schedules run (judged on how many, refuted first by which), and its
 * verdict once they have: a refuting schedule is replayed twice and must run the same both times
 * before it counts (otherwise the verdict is NONDETERMINISTIC, with where the replays parted), then
 * shrunk, then replayed once more with its deviations noted, for the report to draw.
 */
final class Verdicts {

  private static final class Tally {
    int judged;
    Attempts.Attempt refuting;
    int explored;
  }

  private final Map<String, Tally> tallies = new LinkedHashMap<>();

  Verdicts(Collection<String> checks) {
    checks.forEach(check -> tallies.put(check, new Tally()));
  }

  /** Weighs schedule number {@code explored} (from 1) into every check it bears on. */
  void judge(Attempts.Attempt attempt, int explored) {
    tallies.forEach((check, tally) -> {
      Trial.Judgement judgement = attempt.trial().of(check);
      if (judgement.read()) {
        tally.judged++;
        if (judgement.refutes() && tally.refuting == null) {
          tally.refuting = attempt;
          tally.explored = explored;
        }
      }
    });
  }

  /** Whether every check that read the run is refuted already: no schedule can change a verdict now. */
  boolean allRefuted() {
    return tallies.values().stream().anyMatch(t -> t.judged > 0)
        && tallies.values().stream().allMatch(t -> t.judged == 0 || t.refuting != null);
  }

  List<CheckVerdict> settle(Attempts attempts, RunFingerprint run, long seed, long shrinkDeadline) {
    List<CheckVerdict> verdicts = new ArrayList<>();
    tallies.forEach((check, tally) -> verdicts.add(settle(check, tally, attempts, run, seed, shrinkDeadline)));
    return verdicts;
  }

  private CheckVerdict settle(String check, Tally tally, Attempts attempts, RunFingerprint run, long seed,
      long shrinkDeadline) {
    if (tally.judged == 0) {
      return new CheckVerdict(check, CheckVerdict.Status.NOT_JUDGED, 0, Optional.empty());
    }
    Attempts.Attempt found = tally.refuting;
    if (found == null) {
      return new CheckVerdict(check, CheckVerdict.Status.HELD, tally.judged, Optional.empty());
    }
    ScheduleId foundId = idOf(found, run, seed);
    Optional<String> divergence = replaysDiverge(found, check, attempts);
    if (divergence.isPresent()) {
      return new CheckVerdict(check, CheckVerdict.Status.NONDETERMINISTIC, tally.judged, Optional.of(
          refutation(found, found, foundId, tally.explored, check, run, seed, divergence)));
    }
    Attempts.Attempt shrunk = new Shrinker(attempts, check, shrinkDeadline).shrink(found);
    Attempts.Attempt witness = attempts.replay(shrunk.schedule().deviations(), true, true);
    if (!witness.trial().of(check).refutes()) {
      witness = attempts.replay(found.schedule().deviations(), true, true); // the shrunk one did not replay: show the found one
    }
    return new CheckVerdict(check, CheckVerdict.Status.REFUTED, tally.judged, Optional.of(
        refutation(found, witness, foundId, tally.explored, check, run, seed, Optional.empty())));
  }

  private static CheckVerdict.Refutation refutation(Attempts.Attempt found, Attempts.Attempt witness, ScheduleId foundId,
      int explored, String check, RunFingerprint run, long seed, Optional<String> divergence) {
    Throwable failure = witness.trial().of(check).refutation().orElseGet(() -> found.trial().of(check).refutation().orElseThrow());
    return new CheckVerdict.Refutation(Ids.of(run, witness.schedule()), foundId, found.strategy(),
        seed, found.index(), explored, failure, witness.trial().result(), witness.notes(),
        found.schedule().deviations().size(), divergence);
  }

  /** The verdicts of one replayed schedule: held or refuted by it, nothing shrunk. */
  List<CheckVerdict> settleReplayed(Attempts.Attempt replayed, RunFingerprint run, ScheduleId id) {
    List<CheckVerdict> verdicts = new ArrayList<>();
    tallies.forEach((check, tally) -> {
      if (tally.judged == 0) {
        verdicts.add(new CheckVerdict(check, CheckVerdict.Status.NOT_JUDGED, 0, Optional.empty()));
      } else if (tally.refuting == null) {
        verdicts.add(new CheckVerdict(check, CheckVerdict.Status.HELD, 1, Optional.empty()));
      } else {
        ScheduleId.Drawn drawn = id.drawn().orElse(null);
        verdicts.add(new CheckVerdict(check, CheckVerdict.Status.REFUTED, 1, Optional.of(new CheckVerdict.Refutation(
            Ids.of(run, replayed.schedule()), id, drawn == null ? "replay" : drawn.strategy(),
            drawn == null ? 0 : drawn.seed(), drawn == null ? 0 : drawn.index(), 1,
            replayed.trial().of(check).refutation().orElseThrow(), replayed.trial().result(), replayed.notes(),
            replayed.schedule().deviations().size(), Optional.empty()))));
      }
    });
    return verdicts;
  }

  /** The found schedule's id: a sampler's draw by its strategy, seed and index; anything else by its deviations. */
  static ScheduleId idOf(Attempts.Attempt attempt, RunFingerprint run, long seed) {
    boolean drawn = attempt.strategy().equals(RandomWalk.LABEL) || attempt.strategy().equals(Pos.LABEL)
        || attempt.strategy().startsWith("pct");
    return drawn ? Ids.drawn(run, new ScheduleId.Drawn(attempt.strategy(), seed, attempt.index()))
        : Ids.of(run, attempt.schedule());
  }

  /**
   * Replays the found schedule twice by its deviations: where the three runs part, if they do (or a
   * replay no longer refutes, or no longer fits the schedule).
   */
  private static Optional<String> replaysDiverge(Attempts.Attempt found, String check, Attempts attempts) {
    Attempts.Attempt previous = found;
    for (int replay = 1; replay <= 2; replay++) {
      Attempts.Attempt again;
      try {
        again = attempts.replay(found.schedule().deviations(), true, false);
      } catch (ScheduleMismatchException mismatch) {
        return Optional.of("replay " + replay + " did not fit the schedule: " + mismatch.getMessage());
      }
      Optional<String> parted = Divergence.between(previous.trial().result().timeline(), again.trial().result().timeline());
      if (parted.isPresent()) {
        return Optional.of("replay " + replay + " of the schedule ran differently: " + parted.get());
      }
      if (!again.trial().of(check).refutes()) {
        return Optional.of("replay " + replay + " of the schedule ran the same, but the check held on it");
      }
      previous = again;
    }
    return Optional.empty();
  }
}
