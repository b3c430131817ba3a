package dev.yieldlab.benchmarks.virtual;

import dev.yieldlab.benchmarks.BenchmarkJvm;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * Two virtual threads on one carrier handing a turn back and forth with {@code LockSupport.unpark} and
 * {@code park}: what a virtual thread pays to switch when one wakes another (the loop's event
 * handoff). Per handoff: each round trip is two.
 */
@Fork(value = 2, jvmArgsAppend = {BenchmarkJvm.ADD_EXPORTS, BenchmarkJvm.ALLOW_UNSAFE, "-Djdk.virtualThreadScheduler.parallelism=1"})
public class VirtualPingPongBenchmark extends BenchmarkSettings {

  static final int ROUNDS = 10_000;

  @Benchmark
  @OperationsPerInvocation(2 * ROUNDS)
  public void pingPong() throws InterruptedException {
    Turn turn = new Turn();
    Thread pong = Thread.ofVirtual().unstarted(() -> turn.play(1));
    Thread ping = Thread.ofVirtual().unstarted(() -> turn.play(0));
    turn.players = new Thread[] {ping, pong};
    pong.start();
    ping.start();
    ping.join();
    pong.join();
  }

  /** Whose turn it is; each player waits for its own, then passes it on. */
  static final class Turn {
    volatile int whose;
    volatile Thread[] players;

    void play(int me) {
      for (int round = 0; round < ROUNDS; round++) {
        while (whose != me) {
          LockSupport.park();
        }
        whose = 1 - me;
        LockSupport.unpark(players[1 - me]);
      }
    }
  }
}
