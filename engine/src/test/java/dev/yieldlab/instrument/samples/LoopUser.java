package dev.yieldlab.instrument.samples;

import dev.yieldlab.api.Loop;

/** Shaped like an experiment: an instance method the engine would call with the loop. */
public final class LoopUser {

  public long run(Loop loop) {
    loop.log("cpu start");
    long sum = CpuWork.sumTo(1_000);
    long mine = 0;
    for (int i = 0; i < 10_000; i++) {
      mine += i;
    }
    loop.log("cpu end");
    return sum + mine;
  }
}
