package dev.yieldlab.workers;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.workers.CpuBody;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.WorkerSpan;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The main class of a child JVM. Two modes:
 *
 * <ul>
 *   <li>{@code worker <body class> <iterations> <name>}: one process worker; prints its span.
 *   <li>{@code plan <kind> <count> <body class> <iterations> <switch ns> <timeout ns>}: a whole run of
 *       threads, GIL threads or coroutines inside this (pinned) JVM, on a loop of its own; prints
 *       every span, every GIL hold and the elapsed time.
 *   <li>{@code strands <program class> [key=value ...]}: a {@link dev.yieldlab.api.strand.StrandProgram} whose
 *       strands are virtual threads ({@link VirtualChild}); prints their events, JFR's pinned events,
 *       the scheduler's parallelism and the elapsed time.
 *   <li>{@code virtual-workers <count> <body class> <iterations>}: N CPU-bound virtual threads; prints
 *       their spans and events.
 * </ul>
 *
 * Every way it halts as soon as its stdin closes (the parent died). A failure leaves the JVM with
 * exit code 1 and the stack trace on stderr, which the parent reports.
 */
@API(status = INTERNAL, since = "0.1")
public final class WorkerMain {

  static final String WORKER = "worker";
  static final String PLAN = "plan";
  static final String STRANDS = "strands";
  static final String VIRTUAL_WORKERS = "virtual-workers";

  private WorkerMain() {}

  public static void main(String[] args) throws Exception {
    ParentWatch.start(System.in);
    switch (args.length == 0 ? "" : args[0]) {
      case WORKER -> runWorker(args);
      case PLAN -> runPlan(args);
      case STRANDS -> VirtualChild.runProgram(args);
      case VIRTUAL_WORKERS -> VirtualChild.runWorkers(args);
      default -> throw new IllegalArgumentException("usage: WorkerMain worker|plan|strands|virtual-workers ..., not "
          + String.join(" ", args));
    }
    System.out.flush();
  }

  private static void runWorker(String[] args) {
    CpuBody body = Bodies.instantiate(args[1]);
    warmUp(body);
    WorkerSpan span = MeasuredCompute.run(args[3], body, Long.parseLong(args[2]));
    System.out.println(ChildProtocol.span(span));
  }

  /**
   * Compiles the body before its span starts, as the parent's warm-up repetitions do for threads and
   * coroutines: otherwise a child's span would include interpreting the loop until the JIT is done,
   * which takes longer the busier the CPUs (the compiler thread competes with the workers) and has
   * nothing to do with processes as such. With background compilation off (see {@link ChildCommand})
   * the calls below wait for their compilations. Its cost stays in the launch-to-exit elapsed time.
   */
  static void warmUp(CpuBody body) {
    long sink = 0;
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      sink += body.compute(i, i + WARM_UP_ITERATIONS);
    }
    if (sink == 42) {
      System.out.println("warm-up sum " + sink); // uses the sum, so the warm-up cannot be removed
    }
  }

  static final int WARM_UP_CALLS = 2_000;
  static final long WARM_UP_ITERATIONS = 10_000;

  private static void runPlan(String[] args) {
    @SuppressWarnings("unchecked")
    Class<? extends CpuBody> body = (Class<? extends CpuBody>) Bodies.instantiate(args[3]).getClass();
    Duration timeout = Duration.ofNanos(Long.parseLong(args[6]));
    Workers plan = Workers.of(WorkerKind.valueOf(args[1]))
        .count(Integer.parseInt(args[2]))
        .body(body)
        .iterations(Long.parseLong(args[4]))
        .switchInterval(Duration.ofNanos(Long.parseLong(args[5])))
        .timeout(timeout);
    EventLoop loop = new EventLoop(ClockKind.REAL, timeout);
    WorkersResult result = loop.run("pinned-run", () -> plan.run(loop));
    result.spans().forEach(span -> System.out.println(ChildProtocol.span(span)));
    result.gilHolds().forEach(hold -> System.out.println(ChildProtocol.gilHold(hold)));
    System.out.println(ChildProtocol.elapsed(result.elapsed().toNanos()));
  }
}
