package dev.yieldlab.explore;

import dev.yieldlab.loop.ChoiceCandidates;
import java.util.SplittableRandom;

/** A seeded random walk: at every choice point any candidate with equal chance, and a uniform jitter. */
final class RandomWalk implements ScheduleSource {

  static final String LABEL = "random";

  private final long seed;

  RandomWalk(long seed) {
    this.seed = seed;
  }

  @Override
  public String label() {
    return LABEL;
  }

  @Override
  public ChoiceSource schedule(long index) {
    SplittableRandom random = Seeds.of(seed, LABEL, index);
    return new ChoiceSource() {
      @Override
      public int choose(ChoiceCandidates candidates, int point) {
        return random.nextInt(candidates.size());
      }

      @Override
      public long jitter(int point, long maxNanos) {
        return uniformJitter(random, maxNanos);
      }
    };
  }

  /** A delay in {@code [0, maxNanos]}; 0 without drawing when there is no jitter. */
  static long uniformJitter(SplittableRandom random, long maxNanos) {
    return maxNanos == 0 ? 0 : random.nextLong(maxNanos + 1);
  }
}
