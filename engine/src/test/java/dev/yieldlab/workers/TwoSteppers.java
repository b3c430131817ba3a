package dev.yieldlab.workers;

import dev.yieldlab.api.strand.Strand;
import dev.yieldlab.api.strand.StrandBody;
import java.time.Duration;

/** Two strands that log a step and sleep, {@code steps} times each: the post's yield_tasks, scheduler-neutral. */
public final class TwoSteppers implements StrandBody {

  @Override
  public void run(Strand main) {
    int steps = Integer.parseInt(main.argument("steps", "3"));
    Duration pause = Duration.ofMillis(Long.parseLong(main.argument("step-ms", "20")));
    StrandBody stepper = self -> {
      for (int i = 0; i < steps; i++) {
        self.log(self.name() + ": step " + i);
        self.sleep(pause);
      }
      self.log(self.name() + " done");
    };
    Strand.Handle first = main.spawn("stepper1", stepper);
    Strand.Handle second = main.spawn("stepper2", stepper);
    first.join();
    second.join();
  }
}
