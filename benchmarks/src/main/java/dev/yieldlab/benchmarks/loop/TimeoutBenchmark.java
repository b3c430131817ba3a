package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * A timeout that does not fire, next to what a plain sleep's timer costs, all on the REAL clock in
 * one coroutine. {@code notFiring}: {@code withTimeout(1 s)} around a block that returns at once: a
 * clock reading, a timer inserted and cancelled. A sleep's timer cannot be timed without its switch,
 * so {@code sleepRoundTrip} (sleep(1 ns): record, timer insert, suspend, the timer's firing, resume)
 * minus {@code yieldRoundTrip} (yieldNow: record, suspend, resume) is a plain sleep's timer work,
 * which the comparison's target reads. asyncio: {@code async with asyncio.timeout(1): pass}.
 */
public class TimeoutBenchmark extends BenchmarkSettings {

  static final int BLOCKS = 1_000;
  private static final Duration LONG = Duration.ofSeconds(1);
  private static final Duration TINY = Duration.ofNanos(1);

  @Benchmark
  @OperationsPerInvocation(BLOCKS)
  public Object notFiring() {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("main", () -> {
      Object last = null;
      for (int i = 0; i < BLOCKS; i++) {
        last = loop.withTimeout("quick", LONG, () -> LONG);
      }
      return last;
    });
  }

  @Benchmark
  @OperationsPerInvocation(BLOCKS)
  public Object sleepRoundTrip() {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("main", () -> {
      for (int i = 0; i < BLOCKS; i++) {
        loop.sleep(TINY);
      }
      return loop;
    });
  }

  @Benchmark
  @OperationsPerInvocation(BLOCKS)
  public Object yieldRoundTrip() {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("main", () -> {
      for (int i = 0; i < BLOCKS; i++) {
        loop.yieldNow();
      }
      return loop;
    });
  }
}
