package dev.yieldlab.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.RunResult;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One schedule's run and what each check said of it.
 *
 * @param result the run's result on that schedule: its timeline, value or failure
 * @param judgements per check (by method name), what it said
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record Trial(RunResult result, Map<String, Judgement> judgements) {

  public Trial {
    judgements = Map.copyOf(judgements);
  }

  /**
   * What a check said of one schedule's result.
   *
   * @param read whether the check read the explored run at all; one that did not is not judged on its schedules
   * @param refutation what it threw (an assertion, or the run's own failure), when the result refutes it
   */
  public record Judgement(boolean read, Optional<Throwable> refutation) {
    public static final Judgement HELD = new Judgement(true, Optional.empty());
    public static final Judgement NOT_READ = new Judgement(false, Optional.empty());

    public static Judgement refuted(Throwable why) {
      return new Judgement(true, Optional.of(why));
    }

    public boolean refutes() {
      return refutation.isPresent();
    }
  }

  /** What the check named said of this schedule; NOT_READ for a check not judged here. */
  Judgement of(String check) {
    return judgements.getOrDefault(check, Judgement.NOT_READ);
  }
}
