package dev.yieldlab.workers;

import dev.yieldlab.api.workers.CpuBody;

/**
 * A body whose process leaves with exit code 0 before its worker prints the span line, as a body
 * calling {@code System.exit(0)} would: the process "succeeds" and reports nothing.
 */
public final class SilentExitBody implements CpuBody {

  static final String GOODBYE = "fixture: leaving with exit code 0 before the report";

  @Override
  public long compute(long from, long to) {
    System.err.println(GOODBYE);
    System.exit(0);
    return 0;
  }
}
