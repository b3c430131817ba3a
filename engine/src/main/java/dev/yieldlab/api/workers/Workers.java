package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.strand.StrandProgram;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * N workers of one {@link WorkerKind} that each run the same {@link CpuBody}: an immutable
 * description, {@link #run(Loop) run} as often as needed. All defaults are here: N = the available
 * processors, the post's {@link SummingLoop} over 10^8, a 5 ms GIL switch interval (CPython's {@code
 * sys.getswitchinterval()}), not pinned, a 2 minute timeout.
 *
 * <pre>{@code
 * WorkersResult two = Workers.of(WorkerKind.PROCESSES).count(2).iterations(1_000_000_000L).run(loop);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Workers {

  public static final Duration DEFAULT_SWITCH_INTERVAL = Duration.ofMillis(5);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
  /** The most carriers the JDK's scheduler takes: {@code ForkJoinPool}'s limit on parallelism. */
  public static final int MAX_CARRIERS = 0x7fff;

  private final WorkerKind kind;
  private final int count;
  private final Class<? extends CpuBody> body;
  private final long iterations;
  private final boolean pinnedToOneCpu;
  private final Duration switchInterval;
  private final Duration timeout;
  private final String label;
  private final int carriers;

  private Workers(WorkerKind kind, int count, Class<? extends CpuBody> body, long iterations,
      boolean pinnedToOneCpu, Duration switchInterval, Duration timeout, String label, int carriers) {
    if (count < 1) {
      throw new IllegalArgumentException("a run needs at least one worker, not " + count);
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must not be negative: " + iterations);
    }
    if (switchInterval.isNegative() || switchInterval.isZero()) {
      throw new IllegalArgumentException("the GIL switch interval must be positive: " + switchInterval);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive: " + timeout);
    }
    if (carriers < 1 || carriers > MAX_CARRIERS) {
      throw new IllegalArgumentException("the virtual-thread scheduler takes 1 to " + MAX_CARRIERS + " carriers, not " + carriers);
    }
    if (label.isBlank() || label.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a label is one word (it goes on child command lines): '" + label + "'");
    }
    this.kind = Objects.requireNonNull(kind, "kind");
    this.count = count;
    this.body = Objects.requireNonNull(body, "body");
    this.iterations = iterations;
    this.pinnedToOneCpu = pinnedToOneCpu;
    this.switchInterval = switchInterval;
    this.timeout = timeout;
    this.label = label;
    this.carriers = carriers;
  }

  /** As many workers of {@code kind} as the machine has processors, with every other default. */
  public static Workers of(WorkerKind kind) {
    return new Workers(kind, Runtime.getRuntime().availableProcessors(), SummingLoop.class,
        SummingLoop.POST_ITERATIONS, false, DEFAULT_SWITCH_INTERVAL, DEFAULT_TIMEOUT,
        "parent-" + ProcessHandle.current().pid(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * The workers a declared variant describes by its parameters: {@code kind} (required: COROUTINES,
   * PROCESSES, THREADS, GIL_THREADS or VIRTUAL_THREADS), {@code workers} (default: one per processor), {@code
   * pinned=true} (all on CPU 0), {@code switch-interval} (for GIL_THREADS, e.g. {@code 5ms}), {@code
   * carriers} (for VIRTUAL_THREADS: the scheduler's parallelism, default one per processor). Any other
   * parameter, or a malformed value, fails with a message naming the variant and the fix.
   *
   * <pre>{@code
   * @Run("1 vs N workers")
   * @Variant(name = "processes", params = "kind=PROCESSES")
   * @Variant(name = "gil threads", params = {"kind=GIL_THREADS", "switch-interval=5ms"})
   * PairedRuns workers(Loop loop, VariantSpec variant) { Workers n = Workers.of(variant); ... }
   * }</pre>
   */
  public static Workers of(VariantSpec variant) {
    return WorkerVariant.read(variant);
  }

  public Workers count(int workers) {
    return new Workers(kind, workers, body, iterations, pinnedToOneCpu, switchInterval, timeout, label, carriers);
  }

  /** The body every worker runs; a public class with a public no-argument constructor. */
  public Workers body(Class<? extends CpuBody> cpuBody) {
    return new Workers(kind, count, cpuBody, iterations, pinnedToOneCpu, switchInterval, timeout, label, carriers);
  }

  /** How many iterations each worker computes. */
  public Workers iterations(long perWorker) {
    return new Workers(kind, count, body, perWorker, pinnedToOneCpu, switchInterval, timeout, label, carriers);
  }

  /**
   * Runs every worker on CPU 0 only ({@code taskset -c 0}): processes each under taskset; threads,
   * GIL threads and coroutines inside one child JVM under taskset. Where that is not possible the
   * run is aborted with the reason ({@link CpuPinning#unavailableReason()}).
   */
  public Workers pinnedToOneCpu() {
    return new Workers(kind, count, body, iterations, true, switchInterval, timeout, label, carriers);
  }

  /** How long a {@link WorkerKind#GIL_THREADS} worker may hold the GIL while another waits. */
  public Workers switchInterval(Duration interval) {
    return new Workers(kind, count, body, iterations, pinnedToOneCpu, interval, timeout, label, carriers);
  }

  /** Wall-clock limit of a run; child processes still running then are killed. */
  public Workers timeout(Duration limit) {
    return new Workers(kind, count, body, iterations, pinnedToOneCpu, switchInterval, limit, label, carriers);
  }

  /**
   * A word put on every child's command line ({@code -Dyieldlab.worker.label=...}), so that its
   * processes can be found in the process table; {@code parent-<pid>} by default.
   */
  public Workers label(String word) {
    return new Workers(kind, count, body, iterations, pinnedToOneCpu, switchInterval, timeout, word, carriers);
  }

  /**
   * How many carrier threads the JDK's virtual-thread scheduler has ({@code
   * -Djdk.virtualThreadScheduler.parallelism}) for {@link WorkerKind#VIRTUAL_THREADS}: one per processor
   * by default. Ignored by the other kinds.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Workers carriers(int parallelism) {
    return new Workers(kind, count, body, iterations, pinnedToOneCpu, switchInterval, timeout, label, parallelism);
  }

  /**
   * Runs {@code program} once, its strands as coroutines of {@code loop} (COROUTINES) or as virtual
   * threads of a child JVM with {@link #carriers(int) carriers} carriers (VIRTUAL_THREADS), whose lanes
   * then go into the loop's timeline: one body, two schedulers. The count and the body are not used.
   *
   * @throws IllegalArgumentException for any other kind: a strand program is cooperative
   * @throws WorkerFailedException if the child failed (its exit code and stderr tail), or a strand did
   * @throws WorkerTimeoutException if it did not end within the timeout (the child is killed)
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public StrandRun run(Loop loop, StrandProgram program) {
    return WorkersRuntime.load().run(this, loop, program);
  }

  /**
   * Runs the workers and returns what they measured. Coroutines run on {@code loop}, from the calling
   * coroutine; every other kind blocks the caller until its workers end (the loop does nothing else
   * meanwhile, which is what a measurement wants), then puts each worker's stretches of computing (and
   * of waiting for the GIL) into the loop's timeline as a lane of its own ({@link Loop#recordOutside}).
   *
   * @throws IllegalStateException (a {@code WorkerFailedException}) if a worker failed (for a process:
   *     its exit code and stderr tail), or (a {@code WorkerTimeoutException}) did not end within the timeout
   * @throws org.opentest4j.TestAbortedException if pinning was asked for and is not possible here
   */
  public WorkersResult run(Loop loop) {
    return WorkersRuntime.load().run(this, loop);
  }

  public WorkerKind kind() {
    return kind;
  }

  public int workerCount() {
    return count;
  }

  public boolean isPinnedToOneCpu() {
    return pinnedToOneCpu;
  }

  /** How many iterations each worker computes. */
  public long iterationsPerWorker() {
    return iterations;
  }

  /** The body every worker runs. */
  public Class<? extends CpuBody> bodyClass() {
    return body;
  }

  /** The emulated GIL's switch interval (GIL_THREADS). */
  public Duration switchIntervalValue() {
    return switchInterval;
  }

  /** How long the workers may take before they are killed. */
  public Duration timeoutValue() {
    return timeout;
  }

  /** The virtual-thread scheduler's parallelism a VIRTUAL_THREADS child gets. */
  public int carrierCount() {
    return carriers;
  }

  /** The word child command lines carry, to find them (and only them) in the process table. */
  public String labelValue() {
    return label;
  }

  /** The same workers, not pinned: what a pinned child JVM runs inside itself. */
  public Workers unpinned() {
    return new Workers(kind, count, body, iterations, false, switchInterval, timeout, label, carriers);
  }
}
