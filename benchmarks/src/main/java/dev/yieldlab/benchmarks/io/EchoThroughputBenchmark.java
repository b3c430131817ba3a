package dev.yieldlab.benchmarks.io;

import dev.yieldlab.benchmarks.BenchmarkSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * Loopback echo with {@value #CONNECTIONS} concurrent connections, {@value #ROUND_TRIPS} round trips
 * each: one operation is one request (a message there and back), connection setup included. On
 * {@code side=LOOP} every client and its server coroutine share one yieldlab loop, one thread; on
 * {@code side=THREADS} each connection has a platform thread on either side, with blocking sockets.
 * Requests per second are 10^9 over the score. asyncio: the same with streams, in one event loop.
 */
public class EchoThroughputBenchmark extends BenchmarkSettings {

  static final int CONNECTIONS = 100;
  static final int ROUND_TRIPS = 200;

  public enum Side { LOOP, THREADS }

  @Param
  public Side side;

  @Benchmark
  @OperationsPerInvocation(CONNECTIONS * ROUND_TRIPS)
  public void requests() {
    if (side == Side.LOOP) {
      Echo.onLoop(CONNECTIONS, ROUND_TRIPS, null);
    } else {
      Echo.onThreads(CONNECTIONS, ROUND_TRIPS, null);
    }
  }
}
