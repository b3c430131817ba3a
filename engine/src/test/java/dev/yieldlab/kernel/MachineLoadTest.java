package dev.yieldlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineLoadTest {

  @Test
  void machineBusyTimeLeavesOutIdleIowaitAndStealWhichIsItsOwn() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    List<String> procStat = List.of("cpu  100 2 30 5000 70 4 5 6 0 0", "cpu0 50 1 15 2500 35 2 2 3 0 0");

    assertThat(MachineLoad.machineBusyTicks(procStat)).isEqualTo(100 + 2 + 30 + 4 + 5);
    assertThat(MachineLoad.stealTicks(procStat)).isEqualTo(6);
  }

  @Test
  void ownTimeAddsUserSystemAndReapedChildrenEvenWhenTheCommandNameHasParentheses() {
    String procSelfStat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 700 80 9 1 20 0 30 0 123 0 0";

    assertThat(MachineLoad.ownTicks(procSelfStat)).isEqualTo(700 + 80 + 9 + 1);
  }

  @Test
  void aThreadOfThisJvmCountsAsOwnTimeNotForeign() {
    MachineLoad.Reading before = MachineLoad.read();
    assumeThat(before).as("/proc readable (Linux)").isNotNull();
    long sink = 0;
    // Spin for half a second of this thread's own CPU time, not of wall time: on a machine that other
    // builds keep busy, half a second of wall time gave this thread only 38 ticks (a flaky failure).
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long end = threads.getCurrentThreadCpuTime() + 500_000_000L;
    while (threads.getCurrentThreadCpuTime() < end) {
      sink += spin(sink);
    }
    MachineLoad.Reading after = MachineLoad.read();

    assertThat(sink).isNotZero();
    // Half a second of this thread's CPU is ~50 ticks of this process's own time, whatever else the machine does.
    assertThat(after.ownTicks() - before.ownTicks()).isGreaterThanOrEqualTo(40);
  }

  private static long spin(long seed) {
    long x = seed;
    for (int i = 0; i < 100_000; i++) {
      x = x * 6364136223846793005L + i;
    }
    return x | 1;
  }
}
