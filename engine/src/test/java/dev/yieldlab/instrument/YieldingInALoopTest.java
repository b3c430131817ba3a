package dev.yieldlab.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import dev.yieldlab.instrument.samples.CpuWork;
import dev.yieldlab.instrument.samples.LoopShapes;
import dev.yieldlab.loop.EventLoop;
import dev.yieldlab.loop.LoopTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Instrumented CPU-bound code on a real event loop (REAL clock, short sleeps): it shares the loop
 * with a sleeping task, yields as often as its policy says, and an endless loop times out.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class YieldingInALoopTest {

  private static final long CPU_NANOS = Duration.ofMillis(300).toNanos();
  private static final Duration SLEEP = Duration.ofMillis(20);
  /** Generous for a shared 2-core machine; a starved sleeper is late by the whole CPU_NANOS. */
  private static final Duration MAX_WAKE_LAG = Duration.ofMillis(150);

  private final Class<?> instrumentedCpuWork = Instrumentation.instrumentedCopy(CpuWork.class);

  @AfterEach
  void noPolicyIsLeftInstalled() {
    assertThat(YieldPoints.installedPolicy()).isNull();
  }

  @Test
  void anInstrumentedCpuLoopLetsASleepingTaskWakeUpOnTime() {
    Timeline timeline;
    EventLoop loop = newLoop();
    try (InstalledPolicy ignored = YieldPoints.install(YieldPolicy.everyBackEdges(10_000), loop::preemptAt)) {
      timeline = cpuBoundNextToASleeper(loop, instrumentedCpuWork);
    }

    assertThat(timeline.indexOfLog("sleeper woke")).as(timeline.describe()).isLessThan(timeline.indexOfLog("cpu end"));
    assertThat(wakeLag(timeline)).as(timeline.describe()).isLessThan(MAX_WAKE_LAG);
  }

  @Test
  void thePlainCpuLoopStarvesTheSleeperUntilItEnds() {
    Timeline timeline;
    EventLoop loop = newLoop();
    try (InstalledPolicy ignored = YieldPoints.install(YieldPolicy.everyBackEdges(10_000), loop::preemptAt)) {
      timeline = cpuBoundNextToASleeper(loop, CpuWork.class);
    }

    assertThat(firstOf(timeline, "sleeper", EventKind.START).sequence()).as("the sleeper could not even start")
        .isGreaterThan(timeline.indexOfLog("cpu end"));
    assertThat(wakeLag(timeline)).isGreaterThan(Duration.ofNanos(CPU_NANOS / 2));
  }

  @Test
  void theWallTimePolicyLetsTheSleeperWakeUpOnTimeToo() {
    Timeline timeline;
    long yields;
    EventLoop loop = newLoop();
    try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.every(Duration.ofMillis(2)), loop::preemptAt)) {
      timeline = cpuBoundNextToASleeper(loop, instrumentedCpuWork);
      yields = policy.yields();
    }

    assertThat(timeline.indexOfLog("sleeper woke")).as(timeline.describe()).isLessThan(timeline.indexOfLog("cpu end"));
    assertThat(wakeLag(timeline)).as(timeline.describe()).isLessThan(MAX_WAKE_LAG);
    // 300 ms at one tick per 2 ms: about 150, fewer when the timer thread is descheduled.
    assertThat(yields).isBetween(10L, 200L);
  }

  @Test
  void noYieldsPolicyKeepsTheCpuLikePlainCode() {
    Timeline timeline;
    EventLoop loop = newLoop();
    try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.none(), loop::preemptAt)) {
      timeline = cpuBoundNextToASleeper(loop, instrumentedCpuWork);
      assertThat(policy.yields()).isZero();
    }

    assertThat(timeline.indexOfLog("sleeper woke")).isGreaterThan(timeline.indexOfLog("cpu end"));
  }

  @Test
  void aCoroutineYieldsOncePerIntervalOfBackEdges() {
    EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(10));
    try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.everyBackEdges(1_000), loop::preemptAt)) {
      loop.run("main", () -> loop.spawn("cpu", () -> Copies.callStatic(instrumentedCpuWork, "sumTo", 10_500)).join());

      assertThat(policy.yields()).isEqualTo(10);
      assertThat(policy.slowPaths()).isEqualTo(10);
    }
    assertThat(loop.timeline().task("cpu").events()).filteredOn(e -> e.kind() == EventKind.YIELD)
        .hasSize(10)
        .extracting(TimelineEvent::detail)
        .containsOnly("at dev/yieldlab/instrument/samples/CpuWork.sumTo(I)J");
  }

  @Test
  void thePollOnlyPolicyTakesTheSlowPathButNeverYields() {
    EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(10));
    try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.pollOnlyEvery(1_000), loop::preemptAt)) {
      loop.run("main", () -> loop.spawn("cpu", () -> Copies.callStatic(instrumentedCpuWork, "sumTo", 10_500)).join());

      assertThat(policy.slowPaths()).isEqualTo(10);
      assertThat(policy.yields()).isZero();
    }
    assertThat(loop.timeline().events()).noneMatch(e -> e.kind() == EventKind.YIELD);
  }

  @Test
  void anEndlessLoopInACoroutineFailsWithATimeoutNamingTheMethod() {
    Class<?> shapes = Instrumentation.instrumentedCopy(LoopShapes.class);
    EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofMillis(200));
    long start = System.nanoTime();

    try (InstalledPolicy ignored = YieldPoints.install(YieldPolicy.everyBackEdges(100_000), loop::preemptAt)) {
      assertThatThrownBy(() -> loop.run("main", () -> Copies.callStatic(shapes, "spinForever")))
          .isInstanceOf(LoopTimeoutException.class)
          .hasMessageContaining("task 'main'")
          .hasMessageContaining("dev/yieldlab/instrument/samples/LoopShapes.spinForever()V");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void outsideACoroutineInstrumentedCodeRunsToTheEndWithoutYielding() {
    EventLoop idle = new EventLoop(ClockKind.VIRTUAL); // never run: no coroutine to yield
    try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.everyBackEdges(1), idle::preemptAt)) {
      assertThat(Copies.callStatic(instrumentedCpuWork, "sumTo", 100_000)).isEqualTo(4_999_950_000L);
      assertThat(policy.slowPaths()).isEqualTo(100_000);
      assertThat(policy.yields()).isZero();
    }
    // And with no policy installed at all, the budget never runs out.
    assertThat(Copies.callStatic(instrumentedCpuWork, "sumTo", 100_000)).isEqualTo(4_999_950_000L);
  }

  @Test
  void onlyOnePolicyCanBeInstalledOnAThreadAtATime() {
    try (InstalledPolicy first = YieldPoints.install(YieldPolicy.everyBackEdges(5), YieldTarget.nowhere())) {
      assertThatThrownBy(() -> YieldPoints.install(YieldPolicy.none(), YieldTarget.nowhere()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("yield every 5 back-edges");
      assertThat(YieldPoints.installedPolicy()).isEqualTo(first.policy());
    }
    YieldPoints.install(YieldPolicy.none(), YieldTarget.nowhere()).close();
  }

  @Test
  void twoLoopsOnTwoThreadsRunInstrumentedCodeAtOnceEachUnderItsOwnPolicy() throws Exception {
    // Each thread runs 20 loops back to back while the other does the same, so that instrumented code
    // of both runs at once; each loop must yield exactly as its own policy says.
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<List<Long>> every1000 = () -> yieldsOfRuns(start, 1_000);
    Callable<List<Long>> every500 = () -> yieldsOfRuns(start, 500);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<List<Long>> first = threads.submit(every1000);
      Future<List<Long>> second = threads.submit(every500);
      assertThat(first.get()).as("10,500 back-edges / 1,000").containsOnly(10L).hasSize(20);
      assertThat(second.get()).as("10,500 back-edges / 500").containsOnly(21L).hasSize(20);
    } finally {
      threads.shutdownNow();
    }
    assertThat(YieldPoints.threadsWithAPolicy()).isZero();
  }

  private List<Long> yieldsOfRuns(CyclicBarrier start, int backEdges) throws Exception {
    start.await();
    List<Long> yields = new ArrayList<>();
    for (int run = 0; run < 20; run++) {
      EventLoop loop = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(10));
      try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.everyBackEdges(backEdges), loop::preemptAt)) {
        loop.run("main", () -> loop.spawn("cpu", () -> Copies.callStatic(instrumentedCpuWork, "sumTo", 10_500)).join());
        yields.add(policy.yields());
      }
    }
    return yields;
  }

  @Test
  void closingTheWallTimePolicyStopsItsTimer() {
    InstalledPolicy policy = YieldPoints.install(YieldPolicy.everyNanos(1_000_000), YieldTarget.nowhere());
    assertThat(timerThreadAlive()).isTrue();

    policy.close();

    assertThat(timerThreadAlive()).isFalse();
    assertThat(YieldPoints.quantumExpired).isFalse();
    assertThat(YieldPoints.quantumExpiredAtEntry).as("the entry polls' copy of the flag").isFalse();
    assertThat(YieldPoints.interval()).isEqualTo(Integer.MAX_VALUE);
  }

  private static boolean timerThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("yieldlab-quantum-timer") && t.isAlive());
  }

  /** The post's experiment 2/3 in small: a CPU-bound task next to one that sleeps briefly. */
  private static EventLoop newLoop() {
    return new EventLoop(ClockKind.REAL, Duration.ofSeconds(10));
  }

  private static Timeline cpuBoundNextToASleeper(EventLoop loop, Class<?> cpuWork) {
    loop.run("main", () -> {
      Task<Void> cpu = loop.spawn("cpu", () -> {
        loop.log("cpu start");
        Copies.callStatic(cpuWork, "spinFor", CPU_NANOS);
        loop.log("cpu end");
      });
      Task<Void> sleeper = loop.spawn("sleeper", () -> {
        loop.sleep(SLEEP);
        loop.log("sleeper woke");
      });
      return loop.gather(cpu, sleeper);
    });
    return loop.timeline();
  }

  /** How much later than asked (from its spawn) the sleeper logged its wake-up. */
  private static Duration wakeLag(Timeline timeline) {
    long spawned = firstOf(timeline, "sleeper", EventKind.SPAWN).nanos();
    long woke = timeline.task("sleeper").events().stream()
        .filter(e -> e.kind() == EventKind.LOG && e.detail().equals("sleeper woke"))
        .findFirst().orElseThrow().nanos();
    return Duration.ofNanos(woke - spawned).minus(SLEEP);
  }

  private static TimelineEvent firstOf(Timeline timeline, String task, EventKind kind) {
    return timeline.task(task).events().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
  }
}
