package dev.yieldlab.instrument.samples;

import dev.yieldlab.api.Loop;
import java.time.Duration;

/**
 * Shaped like the post's experiments 2 and 3 (claims C3, C4): {@code cpu_heavy} is written without a
 * single yield, in a lambda, and gathered with {@code io_task}. Only an instrumented copy shares the
 * loop.
 */
public class CpuHeavyNextToIo {

  public static final int ITERATIONS = 100_000_000;

  public void run(Loop loop) {
    loop.gather(
        loop.spawn("cpu_heavy", () -> {
          loop.log("cpu_heavy start");
          long sum = 0;
          for (int i = 0; i < ITERATIONS; i++) {
            sum = sum * 31 + i;
          }
          loop.log("cpu_heavy end " + sum);
        }),
        loop.spawn("io_task", () -> {
          loop.log("io_task started");
          loop.sleep(Duration.ofMillis(20));
          loop.log("io_task finished");
        }));
  }
}
