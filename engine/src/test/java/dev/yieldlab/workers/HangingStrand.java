package dev.yieldlab.workers;

import dev.yieldlab.api.strand.Strand;
import dev.yieldlab.api.strand.StrandBody;
import java.time.Duration;

/** A strand that sleeps for an hour: a virtual-thread child that hangs. */
public final class HangingStrand implements StrandBody {

  @Override
  public void run(Strand main) {
    main.spawn("sleeper", self -> self.sleep(Duration.ofHours(1))).join();
  }
}
