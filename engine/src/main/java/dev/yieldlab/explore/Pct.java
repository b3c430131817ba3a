package dev.yieldlab.explore;

import dev.yieldlab.loop.ChoiceCandidates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Probabilistic concurrency testing (Burckhardt et al., "A randomized scheduler with probabilistic
 * guarantees of finding bugs", ASPLOS 2010), as Coyote and shuttle run it: every task (and every due
 * timer) gets a random priority when first seen, the highest-priority candidate always goes next,
 * and at d - 1 change points, drawn among the first k steps, the task that ran last drops below all
 * others. k is the FIFO schedule's number of choice points.
 *
 * <p>Unlike Coyote and shuttle, a task that yields keeps its priority: a coroutine's yield is its
 * ordinary way to let others in ({@code await asyncio.sleep(0)}), not a spin, and dropping every
 * yielder made PCT a round robin that never found the check-then-act race of {@code Races}. A task
 * that spins at the top starves the others only until the schedule turns fair ({@link RecordingChooser}).
 */
final class Pct implements ScheduleSource {

  private final long seed;
  private final int depth;
  private final int steps;

  /** PCT of depth {@code depth} over runs of about {@code steps} choice points. */
  Pct(long seed, int depth, int steps) {
    if (depth < 1) {
      throw new IllegalArgumentException("PCT's depth is at least 1, not " + depth);
    }
    this.seed = seed;
    this.depth = depth;
    this.steps = Math.max(1, steps);
  }

  @Override
  public String label() {
    return "pct" + depth;
  }

  @Override
  public ChoiceSource schedule(long index) {
    SplittableRandom random = Seeds.of(seed, label(), index);
    Set<Integer> changePoints = new HashSet<>();
    int wanted = Math.min(depth - 1, steps);
    while (changePoints.size() < wanted) {
      changePoints.add(1 + random.nextInt(steps));
    }
    return new Priorities(random, changePoints);
  }

  /** One schedule's priorities: keys of tasks and timers, highest priority first. */
  private static final class Priorities implements ChoiceSource {
    private final SplittableRandom random;
    private final Set<Integer> changePoints;
    private final List<Long> order = new ArrayList<>();
    private int step;
    private long last = Long.MIN_VALUE;

    Priorities(SplittableRandom random, Set<Integer> changePoints) {
      this.random = random;
      this.changePoints = changePoints;
    }

    @Override
    public int choose(ChoiceCandidates candidates, int point) {
      for (int i = 0; i < candidates.size(); i++) {
        long key = candidates.key(i);
        if (!order.contains(key)) {
          order.add(random.nextInt(order.size() + 1), key); // a new task takes a random place, as at the start
        }
      }
      step++;
      // The task that ran the last step drops at a change point whether or not it is ready again: a
      // waiter that blocked at that step must be overtaken when it is woken (E4's lock, queue and
      // condition bugs; skipping it left PCT blind to them).
      if (last != Long.MIN_VALUE && changePoints.contains(step) && order.contains(last)) {
        order.remove(Long.valueOf(last));
        order.add(last); // the lowest priority
      }
      int best = 0;
      for (int i = 1; i < candidates.size(); i++) {
        if (order.indexOf(candidates.key(i)) < order.indexOf(candidates.key(best))) {
          best = i;
        }
      }
      last = candidates.key(best);
      return best;
    }

    @Override
    public long jitter(int point, long maxNanos) {
      return RandomWalk.uniformJitter(random, maxNanos);
    }
  }
}
