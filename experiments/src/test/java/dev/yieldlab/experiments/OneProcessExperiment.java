package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Timeline;
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

  @Check("every coroutine event was recorded by the same Java thread")
  void oneJavaThread(Runs runs) {
    assertThat(runs.get("sleepersAndComputers").timeline()).allOnOneThread();
  }

  @Check("every coroutine ran on the same kernel thread (one TID in /proc)")
  void oneKernelThread(Runs runs) {
    OsView view = runs.get("sleepersAndComputers").value(OsView.class);
    assertThat(view.kernelThreadIds())
        .as("kernel thread ids (/proc/thread-self) seen by the coroutines")
        .hasSize(1);
  }

  @Check("the process started no thread while the coroutines ran")
  void noThreadStarted(Runs runs) {
    OsView view = runs.get("sleepersAndComputers").value(OsView.class);
    assertThat(view.peakThreadsDuring())
        .as("peak live thread count during the run, against %d before it", view.threadsBefore())
        .isEqualTo(view.threadsBefore());
  }

  @Check("the loop switched between coroutines many times")
  void manySwitches(Runs runs) {
    Timeline timeline = runs.get("sleepersAndComputers").timeline();
    // 5 coroutines x 10 rounds each hand over at least once per round.
    assertThat(timeline).switchedAtLeast((SLEEPERS + COMPUTERS) * ROUNDS);
  }
}
