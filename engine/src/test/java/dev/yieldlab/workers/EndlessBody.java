package dev.yieldlab.workers;

import dev.yieldlab.api.workers.CpuBody;

/** A body that never returns, sleeping rather than spinning so that tests using it do not load the CPUs. */
public final class EndlessBody implements CpuBody {

  @Override
  public long compute(long from, long to) {
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException ignored) {
        // an endless worker ignores interruption too: only a kill stops it
      }
    }
  }
}
