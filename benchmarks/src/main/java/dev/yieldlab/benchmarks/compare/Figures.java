package dev.yieldlab.benchmarks.compare;

import java.util.List;

/** Every row of the comparison, in the order the issues list them (issue 7, issue 15's scale and recursion beside the rows they extend, then issue 13's primitives, issue 14's sockets, issue 17's virtual threads). */
final class Figures {

  static final Figure SWITCH_REAL = Figure.of("switch: yield + resume, 10 tasks round robin (REAL clock) vs sleep(0)",
      "ns", "LoopSwitchBenchmark.roundRobin[clock=REAL]", "switch");
  static final Figure SWITCH_VIRTUAL = Figure.of("switch: the same on the VIRTUAL clock",
      "ns", "LoopSwitchBenchmark.roundRobin[clock=VIRTUAL]", "switch");
  static final Figure SWITCH_ALLOC = Figure.of("switch (REAL clock): bytes allocated per switch (-prof gc)",
      "B/op", SWITCH_REAL.yieldlabKey() + JmhSide.ALLOCATION, null);
  static final Figure SWITCH_FLOOR = Figure.of("floor: bare Continuation.yield + run, 10 in an ArrayDeque",
      "ns", "ContinuationSwitchBenchmark.roundRobin", null);
  static final Figure SPAWN_JOIN = Figure.of("spawn + join of a trivial coroutine",
      "ns", "SpawnJoinBenchmark.spawnAndJoin", "spawn-join");
  static final Figure SPAWN_JOIN_FLOOR = Figure.of("floor: bare new Continuation + run to its end + the joiner's yield and run",
      "ns", "ContinuationSpawnJoinBenchmark.spawnAndJoin", null);
  static final Figure GATHER = Figure.of("spawn + gather of 1,000 trivial coroutines",
      "us", "GatherBenchmark.spawnAndGather", "gather");
  static final Figure TIMER_HEAP_1K = Figure.of("timer heap: one of 1,000,000 random sleeps, 1,000 sleepers (VIRTUAL)",
      "ns", "TimerHeapBenchmark.sleepRandomly[sleepers=1000]", null);
  static final Figure TIMER_HEAP_100K = Figure.of("timer heap: one of 1,000,000 random sleeps, 100,000 sleepers (VIRTUAL)",
      "ns", "TimerHeapBenchmark.sleepRandomly[sleepers=100000]", null);
  static final Figure WAKE_FLOOR_1K = Figure.of("floor: the same wake-ups in the heap's order, bare continuations from a list, 1,000 sleepers",
      "ns", "ContinuationWakeOrderBenchmark.wakeInHeapOrder[sleepers=1000]", null);
  static final Figure WAKE_FLOOR_100K = Figure.of("floor: the same, 100,000 sleepers (their stacks no longer fit in the caches)",
      "ns", "ContinuationWakeOrderBenchmark.wakeInHeapOrder[sleepers=100000]", null);
  static final Figure SLEEPING_TOTAL = Figure.of("100,000 coroutines sleeping 1 s: spawn to last completion",
      "ms", "SleepingCoroutinesBenchmark.sleepTogether", "sleeping");
  static final Figure SLEEPING_OWN = Figure.beyondSleep("100,000 coroutines sleeping 1 s: time beyond the 1 s sleep",
      SLEEPING_TOTAL);
  static final Figure SLEEPING_HEAP = Figure.of("100,000 sleeping coroutines: live heap (Java: after full GC; Python: tracemalloc)",
      "MB", "sleeping.heap", "sleeping.heap");
  static final Figure SLEEPING_ALLOC = Figure.of("100,000 sleeping coroutines: bytes allocated per run (-prof gc)",
      "B/op", SLEEPING_TOTAL.yieldlabKey() + JmhSide.ALLOCATION, null);
  static final Figure MILLION_TOTAL = Figure.of("1,000,000 coroutines sleeping 1 s: spawn to last completion",
      "ms", "MillionSleepersBenchmark.sleepTogether", "sleeping-million");
  static final Figure MILLION_OWN = Figure.beyondSleep("1,000,000 coroutines sleeping 1 s: time beyond the 1 s sleep",
      MILLION_TOTAL);
  static final Figure MILLION_YOUNG_TOTAL = Figure.of("the same, JVM started with -Xmn2g (a young generation that holds them): spawn to last completion",
      "ms", "MillionSleepersYoungBenchmark.sleepTogether", "sleeping-million");
  static final Figure MILLION_YOUNG_OWN = Figure.beyondSleep("the same, -Xmn2g: time beyond the 1 s sleep", MILLION_YOUNG_TOTAL);
  static final Figure MILLION_HEAP = Figure.of("1,000,000 sleeping coroutines: live heap (Java: after full GC; Python: tracemalloc)",
      "MB", "sleeping-million.heap", "sleeping-million.heap");
  static final Figure MILLION_ALLOC = Figure.of("1,000,000 sleeping coroutines: bytes allocated per run (-prof gc)",
      "B/op", MILLION_TOTAL.yieldlabKey() + JmhSide.ALLOCATION, null);
  static final Figure LOOP_PLAIN = Figure.of("the seed's loop, 10^8 iterations, plain (Java: sum = sum*31 + i; Python: pass)",
      "ms", "SummingLoopBenchmark.sum[yields=PLAIN]", "seed-loop.plain");
  static final Figure LOOP_CHECK_ONLY = Figure.of("the same, testing i % 2,000,000 without yielding",
      "ms", "SummingLoopBenchmark.sum[yields=CHECK_ONLY]", null);
  static final Figure LOOP_MANUAL = Figure.of("the same, yielding when i % 2,000,000 == 0 (the post's exp. 2)",
      "ms", "SummingLoopBenchmark.sum[yields=MANUAL]", "seed-loop.modulo");
  static final Figure LOOP_INJECTED = Figure.of("the same, yield points injected every 2,000,000 back-edges",
      "ms", "SummingLoopBenchmark.sum[yields=INJECTED]", null);
  static final Figure LOOP_PAIRED = Figure.of("the seed's loop: INJECTED over PLAIN, paired in one JVM (median of the per-pair ratios)",
      "%", "seed-loop-paired.injected", null);
  static final Figure FIB_PLAIN = Figure.of("fib(30), recursion without a loop, plain",
      "us", "FibBenchmark.fib[yields=PLAIN]", null);
  static final Figure FIB_PAIRED = Figure.of("fib(30): INJECTED over PLAIN, paired in one JVM (median of the per-pair ratios; InstrumentationOverheadProbe)",
      "%", "fib-paired.entry-poll", null);
  static final Figure FIB_INJECTED = Figure.of("the same, instrumented: a poll at every method entry, flag never raised (INJECTED)",
      "us", "FibBenchmark.fib[yields=INJECTED]", null);
  static final Figure FIB_TIMED = Figure.of("the same, yielding at method entries every 1 ms quantum (INJECTED_TIMED)",
      "us", "FibBenchmark.fib[yields=INJECTED_TIMED]", null);
  static final Figure LAG_MEDIAN = Figure.of("timer lag of a 1 s sleep, idle loop, median",
      "ms", "timer-lag.median", "timer-lag.median");
  static final Figure LAG_P99 = Figure.of("timer lag of a 1 s sleep, idle loop, p99",
      "ms", "timer-lag.p99", "timer-lag.p99");
  static final Figure ENGINE_YIELDLAB = Figure.of("engine: discover + execute 1,000 trivial experiments (Launcher)",
      "ms", "EngineOverheadBenchmark.discoverAndExecute[engine=yieldlab]", null);
  static final Figure ENGINE_JUPITER = Figure.of("engine: discover + execute 1,000 trivial Jupiter tests (Launcher)",
      "ms", "EngineOverheadBenchmark.discoverAndExecute[engine=junit-jupiter]", null);

  static final Figure QUEUE_HANDOFF = Figure.of("queue handoff: put + get between two coroutines, capacity 1 (REAL)",
      "ns", "QueueHandoffBenchmark.handoff", "queue-handoff");
  static final Figure LOCK_UNCONTENDED = Figure.of("uncontended lock: acquire + release, 2 timeline events (REAL clock)",
      "ns", "UncontendedLockBenchmark.uncontended[clock=REAL]", "lock-uncontended");
  static final Figure LOCK_UNCONTENDED_VIRTUAL = Figure.of("uncontended lock: the same on the VIRTUAL clock",
      "ns", "UncontendedLockBenchmark.uncontended[clock=VIRTUAL]", "lock-uncontended");
  static final Figure CLOCK_READING = Figure.of("floor: one System.nanoTime(), the REAL clock's timestamp of an event",
      "ns", "ClockReadingBenchmark.nanoTime", null);
  static final Figure LOCK_UNCONTENDED_ALLOC = Figure.of("uncontended lock (REAL clock): bytes allocated per acquire + release",
      "B/op", LOCK_UNCONTENDED.yieldlabKey() + JmhSide.ALLOCATION, null);
  static final Figure LOCK_CONTENDED = Figure.of("contended lock: handoff among 10 coroutines (REAL)",
      "ns", "ContendedLockBenchmark.handoff", "lock-contended");
  static final Figure EVENT_HANDOFF = Figure.of("event set → waiter resumed (ping-pong of two events, REAL)",
      "ns", "EventHandoffBenchmark.pingPong", "event-handoff");
  static final Figure TIMEOUT_NOT_FIRING = Figure.of("timeout that does not fire: withTimeout(1 s) around an instant block (REAL)",
      "ns", "TimeoutBenchmark.notFiring", "timeout-not-firing");
  static final Figure SLEEP_ROUND_TRIP = Figure.of("plain sleep(1 ns) round trip, one coroutine (REAL)",
      "ns", "TimeoutBenchmark.sleepRoundTrip", null);
  static final Figure YIELD_ROUND_TRIP = Figure.of("yieldNow round trip, one coroutine (REAL)",
      "ns", "TimeoutBenchmark.yieldRoundTrip", null);

  static final Figure LAG_MEDIAN_IO = Figure.of("timer lag of a 1 s sleep while a server waits (the loop in its selector), median",
      "ms", "timer-lag.median[io]", null);
  static final Figure LAG_P99_IO = Figure.of("the same, p99",
      "ms", "timer-lag.p99[io]", null);
  static final Figure ECHO_RTT_LOOP = Figure.of("loopback echo, one connection: round trip, median (yieldlab: client and server coroutines on one loop)",
      "us", "echo-rtt.median[loop]", "echo-rtt.median");
  static final Figure ECHO_RTT_THREADS = Figure.of("the same, one platform thread per side, blocking sockets",
      "us", "echo-rtt.median[threads]", null);
  static final Figure ECHO_RTT_LOOP_P99 = Figure.of("loopback echo, one connection: round trip, p99 (yieldlab loop)",
      "us", "echo-rtt.p99[loop]", "echo-rtt.p99");
  static final Figure ECHO_RTT_THREADS_P99 = Figure.of("the same, p99, platform threads",
      "us", "echo-rtt.p99[threads]", null);
  static final Figure ECHO_100_LOOP = Figure.of("loopback echo, 100 concurrent connections: time per request, one loop (requests/s = 10^9 / this)",
      "ns", "EchoThroughputBenchmark.requests[side=LOOP]", "echo-100");
  static final Figure ECHO_100_SYS = Figure.of("the same workload on one loop: the loop thread's CPU time in the kernel per request (4 system calls; EchoKernelProbe)",
      "ns", "echo-100.sys", null);
  static final Figure ECHO_100_USER = Figure.of("the same: the loop thread's CPU time in user space per request (yieldlab, the JDK's NIO)",
      "ns", "echo-100.user", null);
  static final Figure ECHO_100_THREADS = Figure.of("the same, one platform thread per connection and side, blocking sockets",
      "ns", "EchoThroughputBenchmark.requests[side=THREADS]", null);
  // Issue 17: the JDK's own coroutines beside the loop, each on one carrier.
  static final Figure VT_YIELD = Figure.of("virtual threads: Thread.yield() among 10 on one carrier",
      "ns", "VirtualYieldBenchmark.roundRobin", null);
  static final Figure VT_PING_PONG = Figure.of("virtual threads: park/unpark handoff between two on one carrier",
      "ns", "VirtualPingPongBenchmark.pingPong", null);
  static final Figure VT_START_JOIN = Figure.of("virtual threads: Thread.ofVirtual().start() + join() of a trivial one",
      "ns", "VirtualStartJoinBenchmark.startAndJoin", null);
  static final Figure SLEEPERS_100K_TIME = sleepers("coroutines", "100k", "beyond", "100,000 coroutines sleeping 1 s: time beyond the sleep");
  static final Figure SLEEPERS_100K_HEAP = sleepers("coroutines", "100k", "heap", "100,000 sleeping coroutines: live heap");
  static final Figure VT_SLEEPERS_100K_TIME = sleepers("virtual-threads", "100k", "beyond", "100,000 virtual threads sleeping 1 s: time beyond the sleep");
  static final Figure VT_SLEEPERS_100K_HEAP = sleepers("virtual-threads", "100k", "heap", "100,000 sleeping virtual threads: live heap");
  static final Figure SLEEPERS_1M_TIME = sleepers("coroutines", "1m", "beyond", "1,000,000 coroutines sleeping 1 s: time beyond the sleep");
  static final Figure SLEEPERS_1M_HEAP = sleepers("coroutines", "1m", "heap", "1,000,000 sleeping coroutines: live heap");
  static final Figure VT_SLEEPERS_1M_TIME = sleepers("virtual-threads", "1m", "beyond", "1,000,000 virtual threads sleeping 1 s: time beyond the sleep");
  static final Figure VT_SLEEPERS_1M_HEAP = sleepers("virtual-threads", "1m", "heap", "1,000,000 sleeping virtual threads: live heap");
  static final Figure SLEEPERS_1M_YOUNG_TIME = sleepers("coroutines", "1m-young", "beyond",
      "1,000,000 coroutines sleeping 1 s: time beyond the sleep, JVM started with " + Profile.MILLION_YOUNG_GENERATION
          + " (a young generation that holds them)");
  static final Figure VT_SLEEPERS_1M_YOUNG_TIME = sleepers("virtual-threads", "1m-young", "beyond",
      "1,000,000 virtual threads sleeping 1 s: the same, " + Profile.MILLION_YOUNG_GENERATION);

  static final List<Figure> ALL = List.of(SWITCH_REAL, SWITCH_VIRTUAL, SWITCH_ALLOC, SWITCH_FLOOR, SPAWN_JOIN, SPAWN_JOIN_FLOOR, GATHER,
      TIMER_HEAP_1K, TIMER_HEAP_100K, WAKE_FLOOR_1K, WAKE_FLOOR_100K, SLEEPING_TOTAL, SLEEPING_OWN, SLEEPING_HEAP, SLEEPING_ALLOC,
      MILLION_TOTAL, MILLION_OWN, MILLION_YOUNG_TOTAL, MILLION_YOUNG_OWN, MILLION_HEAP, MILLION_ALLOC,
      LOOP_PLAIN, LOOP_CHECK_ONLY, LOOP_MANUAL, LOOP_INJECTED, LOOP_PAIRED, FIB_PLAIN, FIB_INJECTED, FIB_PAIRED, FIB_TIMED, LAG_MEDIAN, LAG_P99, ENGINE_YIELDLAB, ENGINE_JUPITER,
      QUEUE_HANDOFF, LOCK_UNCONTENDED, LOCK_UNCONTENDED_VIRTUAL, CLOCK_READING, LOCK_UNCONTENDED_ALLOC, LOCK_CONTENDED, EVENT_HANDOFF,
      TIMEOUT_NOT_FIRING, SLEEP_ROUND_TRIP, YIELD_ROUND_TRIP,
      LAG_MEDIAN_IO, LAG_P99_IO, ECHO_RTT_LOOP, ECHO_RTT_THREADS, ECHO_RTT_LOOP_P99, ECHO_RTT_THREADS_P99, ECHO_100_LOOP, ECHO_100_SYS, ECHO_100_USER, ECHO_100_THREADS,
      VT_YIELD, VT_PING_PONG, VT_START_JOIN, SLEEPERS_100K_TIME, VT_SLEEPERS_100K_TIME, SLEEPERS_100K_HEAP,
      VT_SLEEPERS_100K_HEAP, SLEEPERS_1M_TIME, VT_SLEEPERS_1M_TIME, SLEEPERS_1M_HEAP, VT_SLEEPERS_1M_HEAP,
      SLEEPERS_1M_YOUNG_TIME, VT_SLEEPERS_1M_YOUNG_TIME);

  /** Every row: the ones above, then issue 23's ({@link ExplorationFigures}). */
  static final List<Figure> ROWS = java.util.stream.Stream.concat(ALL.stream(), ExplorationFigures.all().stream()).toList();

  /** A row of {@code SleepersProbe}: {@code what} is {@code beyond} (ms) or {@code heap} (MB). */
  private static Figure sleepers(String kind, String size, String what, String title) {
    return Figure.of(title, what.equals("heap") ? "MB" : "ms", "sleepers[kind=" + kind + ",size=" + size + "]." + what, null);
  }

  private Figures() {}
}
