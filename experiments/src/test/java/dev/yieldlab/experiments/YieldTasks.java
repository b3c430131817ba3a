package dev.yieldlab.experiments;

import dev.yieldlab.api.strand.Strand;
import dev.yieldlab.api.strand.StrandBody;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The post's {@code yield_task}s written once against {@link Strand}: {@code tasks} of them (2 by
 * default), each logging a step and sleeping {@code step-ms} three times, started together and
 * joined. The same code runs as coroutines of the loop and as virtual threads (VT-C2).
 */
public final class YieldTasks implements StrandBody {

  static final int STEPS = 3;

  @Override
  public void run(Strand main) {
    int tasks = Integer.parseInt(main.argument("tasks", "2"));
    Duration step = Duration.ofMillis(Long.parseLong(main.argument("step-ms")));
    List<Strand.Handle> started = new ArrayList<>();
    for (int t = 1; t <= tasks; t++) {
      started.add(main.spawn("yield_task" + t, self -> yieldTask(self, step)));
    }
    started.forEach(Strand.Handle::join);
  }

  /** The post's {@code yield_task(name, 1)}, with a step of {@code step}. */
  static void yieldTask(Strand self, Duration step) {
    for (int i = 0; i < STEPS; i++) {
      self.log(self.name() + ": step " + i);
      self.sleep(step);
    }
    self.log(self.name() + " done");
  }
}
