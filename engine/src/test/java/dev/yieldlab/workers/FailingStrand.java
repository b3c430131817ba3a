package dev.yieldlab.workers;

import dev.yieldlab.api.strand.Strand;
import dev.yieldlab.api.strand.StrandBody;

/** A strand that throws, or (with {@code exit=N}) halts the child JVM with exit code N: a virtual-thread child that crashes. */
public final class FailingStrand implements StrandBody {

  @Override
  public void run(Strand main) {
    String exit = main.argument("exit", "none");
    main.spawn("doomed", self -> {
      if (!exit.equals("none")) {
        System.err.println("halting with " + exit);
        Runtime.getRuntime().halt(Integer.parseInt(exit));
      }
      throw new IllegalStateException("the strand broke on purpose");
    }).join();
  }
}
