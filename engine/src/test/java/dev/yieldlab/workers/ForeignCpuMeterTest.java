package dev.yieldlab.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignCpuMeterTest {

  @Test
  void machineBusyTimeLeavesOutIdleAndIowait() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    List<String> procStat = List.of("cpu  100 2 30 5000 70 4 5 6 0 0", "cpu0 50 1 15 2500 35 2 2 3 0 0");

    assertThat(ForeignCpuMeter.machineBusyTicks(procStat)).isEqualTo(100 + 2 + 30 + 4 + 5 + 6);
  }

  @Test
  void ownTimeAddsUserSystemAndReapedChildrenEvenWhenTheCommandNameHasParentheses() {
    String procSelfStat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 700 80 9 1 20 0 30 0 123 0 0";

    assertThat(ForeignCpuMeter.ownTicks(procSelfStat)).isEqualTo(700 + 80 + 9 + 1);
  }

  @Test
  void aThreadOfThisJvmCountsAsOwnTimeNotForeign() {
    ForeignCpuMeter.Reading before = ForeignCpuMeter.read();
    assumeThat(before).as("/proc readable (Linux)").isNotNull();
    long sink = 0;
    // Spin for half a second of this thread's own CPU time, not of wall time: on a machine that other
    // builds keep busy, half a second of wall time gave this thread only 38 ticks (a flaky failure).
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long end = threads.getCurrentThreadCpuTime() + 500_000_000L;
    while (threads.getCurrentThreadCpuTime() < end) {
      sink += new SummingLoop().compute(0, 100_000);
    }
    ForeignCpuMeter.Reading after = ForeignCpuMeter.read();

    assertThat(sink).isNotZero();
    // Half a second of this thread's CPU is ~50 ticks of this process's own time, whatever else the machine does.
    assertThat(after.ownTicks() - before.ownTicks()).isGreaterThanOrEqualTo(40);
  }
}
