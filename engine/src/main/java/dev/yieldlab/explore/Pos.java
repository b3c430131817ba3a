package dev.yieldlab.explore;

import dev.yieldlab.loop.ChoiceCandidates;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Partial order sampling (Yuan et al., "Partial order aware concurrency sampling", CAV 2018), as
 * shuttle runs it: every candidate has a random priority and the highest goes next; then the chosen
 * one, and every candidate whose next step races with it, draw new priorities, while the others'
 * rise a little (so that none waits forever). Two tasks race here when both were woken by the same
 * waiting primitive (the loop knows what a task waited on, not what it will touch next).
 */
final class Pos implements ScheduleSource {

  static final String LABEL = "pos";
  /** How much a priority not drawn anew rises per step: a task at the bottom reaches the top in about 10,000 steps. */
  private static final double DECAY = 1e-4;

  private final long seed;

  Pos(long seed) {
    this.seed = seed;
  }

  @Override
  public String label() {
    return LABEL;
  }

  @Override
  public ChoiceSource schedule(long index) {
    SplittableRandom random = Seeds.of(seed, LABEL, index);
    Map<Long, Double> priorities = new HashMap<>();
    return new ChoiceSource() {
      @Override
      public int choose(ChoiceCandidates candidates, int point) {
        int best = 0;
        for (int i = 0; i < candidates.size(); i++) {
          double priority = priorities.computeIfAbsent(candidates.key(i), key -> random.nextDouble());
          if (priority > priorities.get(candidates.key(best))) {
            best = i;
          }
        }
        Object raced = candidates.resource(best);
        for (int i = 0; i < candidates.size(); i++) {
          long key = candidates.key(i);
          boolean racing = i == best || raced != null && raced == candidates.resource(i);
          priorities.put(key, racing ? random.nextDouble() : priorities.get(key) + DECAY);
        }
        return best;
      }

      @Override
      public long jitter(int point, long maxNanos) {
        return RandomWalk.uniformJitter(random, maxNanos);
      }
    };
  }
}
