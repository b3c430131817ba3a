package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Expect;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Task;

/**
 * E2: four coroutines each read a shared counter, yield, and write it back plus one (W2's lost update,
 * with yields instead of sleeps). Coroutine k first yields 2k times, which staggers them so that in
 * the FIFO order each reads only after the one before has written: FIFO loses nothing. Exploration
 * finds a schedule that loses an update and shrinks it to its core: one deviation that lets one
 * coroutine read between another's read and write.
 */
@Experiment(claim = "E2", title = "A read-modify-write across a yield loses updates in some schedule, shrunk to its two-task core")
class LostUpdateExploredExperiment {

  static final int TASKS = 4;

  static int increments(Loop loop) {
    int[] counter = {0};
    Task<?>[] tasks = new Task<?>[TASKS];
    for (int k = 0; k < TASKS; k++) {
      int stagger = 2 * k;
      String name = "t" + k;
      tasks[k] = loop.spawn(name, () -> {
        for (int i = 0; i < stagger; i++) {
          loop.yieldNow();
        }
        int read = counter[0];
        loop.log(name + " read " + read);
        loop.yieldNow(); // a call awaited between the read and the write
        counter[0] = read + 1;
        loop.log(name + " wrote " + (read + 1));
        return null;
      });
    }
    loop.gather(tasks);
    return counter[0];
  }

  @Run("staggered read, yield, write: the FIFO order")
  Integer fifoOnly(Loop loop) {
    return increments(loop);
  }

  @Run("staggered read, yield, write: explored")
  @Explore
  Integer explored(Loop loop) {
    return increments(loop);
  }

  @Check(value = "in the FIFO order no update is lost", runs = "fifoOnly")
  void fifoLosesNothing(Runs runs) {
    assertThat(runs.get("fifoOnly").value(Integer.class)).as("final count").isEqualTo(TASKS);
  }

  @Check(value = "explored, a schedule loses an update", runs = "explored", expect = Expect.REFUTED)
  void explorationLosesAnUpdate(Runs runs) {
    assertThat(runs.get("explored").value(Integer.class)).as("final count").isEqualTo(TASKS);
  }
}
