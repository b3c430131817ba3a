package dev.yieldlab.kernel;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.yieldlab.api.kernel.Figure;
import dev.yieldlab.api.kernel.KernelCounters;
import dev.yieldlab.api.kernel.KernelView;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The kernel's counters read from the real {@code /proc} of this machine (the tests of real figures
 * are aborted where there is none), and from {@code /proc}-shaped directories that lack what a
 * container may hide, to see the figures say why they are missing.
 */
@DisplayName("Kernel counters from /proc")
class ProcFsTest {

  @BeforeAll
  static void linux() {
    assumeThat(Files.isDirectory(Path.of("/proc/thread-self"))).as("/proc/thread-self (Linux)").isTrue();
  }

  @Test
  @DisplayName("computing adds time on a CPU; sleeping adds voluntary switches")
  void countersFollowWhatTheThreadDid() throws InterruptedException {
    KernelCounters start = ProcFs.SYSTEM.ofCurrentThread();
    // Compute for 50 ms of this thread's own CPU time, however busy the machine: wall time would not do.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (long end = threads.getCurrentThreadCpuTime() + 50_000_000; threads.getCurrentThreadCpuTime() < end; ) {
      for (int i = 0; i < 10_000; i++) {
        sink += sink * 31 + 7;
      }
    }
    for (int i = 0; i < 5; i++) {
      Thread.sleep(2);
    }
    KernelCounters delta = ProcFs.SYSTEM.ofCurrentThread().since(start);

    assertThat(delta.onCpu().require("cpu")).as("sum %d", sink).isGreaterThanOrEqualTo(Duration.ofMillis(45));
    assertThat(delta.voluntarySwitches().require("voluntary")).isGreaterThanOrEqualTo(5);
    assertThat(delta.timeslices().require("timeslices")).isGreaterThanOrEqualTo(5);
  }

  @Test
  @DisplayName("another thread's state: sleeping in the kernel while in Thread.sleep, running while it spins")
  void stateOfAnotherThread() throws Exception {
    AtomicLong tid = new AtomicLong();
    AtomicBoolean spin = new AtomicBoolean(true);
    CountDownLatch asleep = new CountDownLatch(1);
    Thread sleeper = Thread.ofPlatform().start(() -> {
      tid.set(ProcFs.SYSTEM.currentTid().orElseThrow());
      asleep.countDown();
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException woken) {
        while (spin.get()) {
          Thread.onSpinWait();
        }
      }
    });
    asleep.await();
    Thread.sleep(50);
    assertThat(ProcFs.SYSTEM.stateOf(tid.get()).sleepingInTheKernel()).isTrue();
    assertThat(ProcFs.SYSTEM.stateOf(tid.get()).describe()).startsWith("sleeping in the kernel");

    sleeper.interrupt();
    Thread.sleep(50);
    ThreadState spinning = ProcFs.SYSTEM.stateOf(tid.get());
    spin.set(false);
    sleeper.join();
    assertThat(spinning.state()).isEqualTo('R');
    assertThat(spinning.describe()).isEqualTo("running on a CPU");
  }

  @Test
  @DisplayName("the process's thread count")
  void processThreads() {
    assertThat(ProcFs.SYSTEM.processThreads().require("threads")).isGreaterThanOrEqualTo(Thread.activeCount());
  }

  @Test
  @DisplayName("without schedstat (a container hides it) the switches are read and the times say why they are missing")
  void schedstatHidden(@TempDir Path proc) throws Exception {
    Path thread = Files.createDirectories(proc.resolve("thread-self"));
    Files.writeString(thread.resolve("status"), "Name:\tx\nvoluntary_ctxt_switches:\t12\nnonvoluntary_ctxt_switches:\t3\n");

    KernelCounters counters = new ProcFs(proc).ofCurrentThread();

    assertThat(counters.contextSwitches()).isEqualTo(Figure.known(15L));
    assertThat(counters.onCpu()).isEqualTo(Figure.unavailable("no /proc/thread-self/schedstat: the kernel keeps no"
        + " scheduler statistics (CONFIG_SCHEDSTATS off) or a container hides them"));
    KernelView view = new KernelView("the loop thread", counters, Duration.ofSeconds(1));
    assertThat(view.describe()).contains("12 voluntary and 3 involuntary OS context switches",
        "unavailable (no /proc/thread-self/schedstat");
    assertThatThrownBy(() -> assertThat(view).cpuFractionBelow(0.5)).isInstanceOf(TestAbortedException.class)
        .hasMessage("the loop thread's CPU time is unavailable: no /proc/thread-self/schedstat: the kernel keeps no"
            + " scheduler statistics (CONFIG_SCHEDSTATS off) or a container hides them");
    assertThat(view).contextSwitchesAtMost(15);
  }

  @Test
  @DisplayName("without /proc at all (not Linux) every figure says so, and checks that need one are aborted")
  void noProc(@TempDir Path empty) {
    KernelCounters counters = new ProcFs(empty).ofCurrentThread();

    assertThat(counters.voluntarySwitches()).isInstanceOf(Figure.Unavailable.class);
    assertThat(counters.describe()).startsWith("unavailable (no /proc/thread-self: the kernel's per-thread counters are"
        + " Linux's /proc");
    assertThatThrownBy(() -> assertThat(new KernelView("w", counters, Duration.ofSeconds(1))).contextSwitchesAtMost(1))
        .isInstanceOf(TestAbortedException.class).hasMessageStartingWith("w's context switches is unavailable: no /proc");
    assertThat(new ProcFs(empty).currentTid()).isEmpty();
  }
}
