package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.sync.Event;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import dev.yieldlab.loop.EventLoop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * Event set → waiter resumed: two coroutines play ping-pong with two events, each waiting for its
 * own, clearing it, and setting the other's. One operation is one set that resumes a waiter (the
 * set, the wake-up and the switch to the waiter). asyncio: the same with {@code asyncio.Event}.
 */
public class EventHandoffBenchmark extends BenchmarkSettings {

  static final int ROUNDS = 500;

  @Benchmark
  @OperationsPerInvocation(2 * ROUNDS)
  public Object pingPong() {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("main", () -> {
      Event ping = loop.event("ping");
      Event pong = loop.event("pong");
      loop.spawn("ponger", () -> {
        for (int i = 0; i < ROUNDS; i++) {
          ping.await();
          ping.clear();
          pong.set();
        }
      });
      for (int i = 0; i < ROUNDS; i++) {
        ping.set();
        pong.await();
        pong.clear();
      }
      return pong;
    });
  }
}
