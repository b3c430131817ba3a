package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.experiments.support.OsThreads;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The post's starting point: to the operating system an asyncio program is one process whose one
 * thread runs everything; switching between coroutines happens inside the runtime, and the OS does
 * nothing when a coroutine awaits. Three sleepers and two computers share the loop; every coroutine
 * notes the kernel thread id it runs on, and the JVM's peak thread count shows whether any thread
 * was started while they ran.
 */
@Experiment(claim = "C1", title = "The event loop is one thread of one process; the OS does not switch coroutines")
class OneProcessExperiment {

  /** What the run saw of the OS: kernel thread ids that ran coroutine code, and thread counts. */
  record OsView(Set<Long> kernelThreadIds, int threadsBefore, int peakThreadsDuring) {}

  private static final int SLEEPERS = 3;
  private static final int COMPUTERS = 2;
  private static final int ROUNDS = 10;

  @Run("3 sleeping and 2 computing coroutines on one loop")
  OsView sleepersAndComputers(Loop loop) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    threads.resetPeakThreadCount();
    int before = threads.getThreadCount();
    Set<Long> kernelThreadIds = new TreeSet<>();
    List<dev.yieldlab.api.Task<?>> tasks = new ArrayList<>();
    for (int s = 1; s <= SLEEPERS; s++) {
      String name = "sleeper" + s;
      tasks.add(loop.spawn(name, () -> {
        for (int round = 0; round < ROUNDS; round++) {
          OsThreads.currentTid().ifPresent(kernelThreadIds::add);
          loop.log(name + ": round " + round);
          loop.sleep(Duration.ofMillis(20));
        }
      }));
    }
    for (int c = 1; c <= COMPUTERS; c++) {
      String name = "computer" + c;
      tasks.add(loop.spawn(name, () -> {
        long sum = 0;
        for (int round = 0; round < ROUNDS; round++) {
          for (int i = 0; i < 1_000_000; i++) {
            sum += i % 7;
          }
          OsThreads.currentTid().ifPresent(kernelThreadIds::add);
          loop.log(name + ": round " + round + " sum " + sum);
          loop.yieldNow();
        }
      }));
    }
    loop.gather(tasks.toArray(dev.yieldlab.api.Task<?>[]::new));
    return new OsView(kernelThreadIds, before, threads.getPeakThreadCount());
  }

  @Check(value = "every coroutine event was recorded by the same Java thread", runs = "sleepersAndComputers")
  void oneJavaThread(Runs runs) {
    assertThat(runs.get("sleepersAndComputers").timeline()).allOnOneThread();
  }

  @Check(value = "every coroutine ran on the same kernel thread (one TID in /proc)", runs = "sleepersAndComputers")
  void oneKernelThread(Runs runs) {
    OsView view = runs.get("sleepersAndComputers").value(OsView.class);
    assertThat(view.kernelThreadIds())
        .as("kernel thread ids (/proc/thread-self) seen by the coroutines")
        .hasSize(1);
  }

  @Check(value = "the process started no thread while the coroutines ran", runs = "sleepersAndComputers")
  void noThreadStarted(Runs runs) {
    OsView view = runs.get("sleepersAndComputers").value(OsView.class);
    assertThat(view.peakThreadsDuring())
        .as("peak live thread count during the run, against %d before it", view.threadsBefore())
        .isEqualTo(view.threadsBefore());
  }

  static final int AWAITERS = 5;
  static final int AWAITS = 2_000;
  /** One await in this many is a 1 ms sleep; the others are yields. */
  static final int SLEEP_EVERY = 200;

  @Run("5 coroutines awaiting 2,000 times each, mostly yields, now and then a 1 ms sleep")
  void manyAwaits(Loop loop) {
    List<dev.yieldlab.api.Task<?>> tasks = new ArrayList<>();
    for (int c = 1; c <= AWAITERS; c++) {
      tasks.add(loop.spawn("awaiter" + c, () -> {
        for (int i = 1; i <= AWAITS; i++) {
          if (i % SLEEP_EVERY == 0) {
            loop.sleep(Duration.ofMillis(1));
          } else {
            loop.yieldNow();
          }
        }
      }));
    }
    loop.gather(tasks.toArray(dev.yieldlab.api.Task<?>[]::new));
  }

  /**
   * The kernel counts a context switch of the loop thread only when the loop itself gives up the CPU
   * (it waits for a timer: once per idle stretch, not per await) or is preempted. Measured here, on a
   * machine shared with two other builds: 10 to 15 voluntary (the ten rounds of sleeps) and 3 to 17
   * involuntary OS context switches for 9,784 to 10,006 coroutine switches; 1 in 100 leaves room for
   * a busy machine's preemptions and still tells "one OS switch per await" (10,000) apart by two
   * orders of magnitude.
   */
  @Check("thousands of coroutine switches cost the loop thread almost no OS context switches: the OS does nothing when you await")
  void theKernelSeesAlmostNoSwitches(Runs runs, Report report) {
    RunResult run = runs.get("manyAwaits");
    int switches = run.timeline().switches();
    report.entry("the kernel's view", String.format(java.util.Locale.ROOT, "%,d coroutine switches; %s", switches,
        run.kernel().loopThread().describe()));
    // A task that finds itself alone after a sleep resumes without a switch: 9,784 to 10,006 here.
    assertThat(run.timeline()).allOnOneThread().switchedAtLeast(AWAITERS * AWAITS / 2);
    assertThat(run.kernel().loopThread()).contextSwitchesAtMost(switches / 100);
  }

  @Check(value = "the loop switched between coroutines many times", runs = "sleepersAndComputers")
  void manySwitches(Runs runs) {
    Timeline timeline = runs.get("sleepersAndComputers").timeline();
    // 5 coroutines x 10 rounds each hand over at least once per round.
    assertThat(timeline).switchedAtLeast((SLEEPERS + COMPUTERS) * ROUNDS);
  }
}
