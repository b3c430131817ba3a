package dev.yieldlab.experiments.support;

import dev.yieldlab.api.strand.Strand;
import dev.yieldlab.api.strand.StrandBody;
import dev.yieldlab.api.strand.StrandProgram;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The post's C3/C4 shape, written once against {@link Strand}: a {@code sleeper} that sleeps {@code
 * sleeper-ms} (100 by default), and a {@code cpu_heavy} that sums {@code iterations} numbers and, every
 * {@code every} iterations, pauses as {@code pause} says:
 *
 * <ul>
 *   <li>{@code none}: never (C4, VT-C4);
 *   <li>{@code yield}: {@link Strand#yieldNow()}: the loop's {@code asyncio.sleep(0)}, a virtual thread's
 *       {@code Thread.yield()} (C3, VT-C3);
 *   <li>{@code sleep-1ns}: {@link Strand#sleep} of 1 ns ({@code Thread.sleep(Duration.ofNanos(1))}, which is
 *       {@code Thread.sleep(0, 1)});
 *   <li>{@code sleep-1ms}: a sleep of 1 ms;
 *   <li>{@code park-1ns}: {@code LockSupport.parkNanos(1)}, virtual threads only (on the loop it parks the
 *       loop's thread: a stall, not a pause).
 * </ul>
 */
public final class CpuHeavyNextToSleeper implements StrandBody {

  /** cpu_heavy's length in VT-C3 and VT-C4: about a second of summing. */
  public static final long ITERATIONS = 300_000_000L;

  /** How often cpu_heavy checks whether to pause: {@code i % 10^6}, in every variant alike. */
  public static final long EVERY = 1_000_000L;

  /** The program for VT-C3 and VT-C4: cpu_heavy checks {@code i % 10^6} and pauses as {@code pause} says. */
  public static StrandProgram program(String pause) {
    return StrandProgram.of(CpuHeavyNextToSleeper.class).with("iterations", ITERATIONS).with("every", EVERY)
        .with("pause", pause);
  }

  @Override
  public void run(Strand main) {
    long iterations = Long.parseLong(main.argument("iterations"));
    long every = Long.parseLong(main.argument("every", "0"));
    String pause = main.argument("pause", "none");
    Duration nap = Duration.ofMillis(Long.parseLong(main.argument("sleeper-ms", "100")));
    Strand.Handle sleeper = main.spawn("sleeper", self -> {
      self.log("sleeper sleeps");
      self.sleep(nap);
      self.log("sleeper woke");
    });
    Strand.Handle cpu = main.spawn("cpu_heavy", self -> {
      self.log("cpu_heavy starts");
      long sum = 0;
      for (long i = 0; i < iterations; i++) {
        sum += i;
        if (every > 0 && i % every == 0) {
          pause(self, pause);
        }
      }
      self.log("cpu_heavy done: " + sum);
    });
    sleeper.join();
    cpu.join();
  }

  private static void pause(Strand self, String how) {
    switch (how) {
      case "none" -> { }
      case "yield" -> self.yieldNow();
      case "sleep-1ns" -> self.sleep(Duration.ofNanos(1));
      case "sleep-1ms" -> self.sleep(Duration.ofMillis(1));
      case "park-1ns" -> {
        if (!Thread.currentThread().isVirtual()) {
          throw new IllegalArgumentException("pause=park-1ns is for virtual threads: on the loop it parks the loop's thread");
        }
        LockSupport.parkNanos(1);
      }
      default -> throw new IllegalArgumentException("pause=" + how + ": use none, yield, sleep-1ns, sleep-1ms or park-1ns");
    }
  }
}
