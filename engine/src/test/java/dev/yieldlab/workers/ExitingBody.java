package dev.yieldlab.workers;

import dev.yieldlab.api.workers.CpuBody;

/** A body whose process writes a complaint to stderr and exits with code 3, as a crashed child would. */
public final class ExitingBody implements CpuBody {

  public static final int EXIT_CODE = 3;

  @Override
  public long compute(long from, long to) {
    System.err.println("fixture: first line of the complaint");
    System.err.println("fixture: giving up with exit code " + EXIT_CODE);
    System.exit(EXIT_CODE);
    return 0;
  }
}
