package dev.yieldlab.fray.harness;

import java.util.Collection;
import java.util.List;
import org.pastalab.fray.core.ThreadContext;
import org.pastalab.fray.core.randomness.ControlledRandom;
import org.pastalab.fray.core.scheduler.PCTScheduler;
import org.pastalab.fray.core.scheduler.Scheduler;

/**
 * Fray's own PCT with one priority change point, i.e. depth d = 2 in Burckhardt et al.'s terms (a bug
 * that needs one preemption, as E1 and E2 do). {@code @FrayTest} instantiates a scheduler through its
 * no-argument constructor, and PCTScheduler's uses three change points (d = 4); its class is final,
 * so this starts Fray's PCTScheduler(random, 1, 0) and hands over to it: from the second schedule on
 * Fray runs the PCTScheduler that {@link #nextIteration} returns, with the same change points.
 */
public final class PctDepth2Scheduler extends Scheduler {

  private final PCTScheduler pct;

  public PctDepth2Scheduler() {
    this(new ControlledRandom());
  }

  private PctDepth2Scheduler(ControlledRandom random) {
    super(random);
    pct = new PCTScheduler(random, 1, 0);
  }

  @Override
  public ThreadContext scheduleNextOperation(List<ThreadContext> runnable, Collection<ThreadContext> all) {
    return pct.scheduleNextOperation(runnable, all);
  }

  @Override
  public Scheduler nextIteration(org.pastalab.fray.core.randomness.Randomness randomness) {
    return pct.nextIteration(randomness);
  }
}
