package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.timing.PairedSample;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What one run of a {@link dev.yieldlab.api.strand.StrandProgram} measured, on either scheduler. Its
 * timeline (the run's, in which every strand is a coroutine or a lane of its own) is the evidence of
 * order; this is what the timeline cannot hold.
 *
 * @param program the program, as {@code TwoYieldTasks(steps=3)}
 * @param kind COROUTINES (on the run's loop) or VIRTUAL_THREADS (in a child JVM)
 * @param carriers the carriers the JDK's scheduler had, as the child read it from the scheduler
 *     itself; 1 for coroutines (the loop's thread)
 * @param elapsed from the program's start to the end of its last strand, as the scheduler's side saw
 *     it (a child JVM's start-up left out)
 * @param tasksTaken how many tasks the scheduler's carriers took from its queues ({@code
 *     ForkJoinPool.getStealCount()}, read in the child at the end): each start of a virtual thread, each
 *     re-queue by {@code Thread.yield()}, each timer wake-up adds one; a call that never unmounts adds
 *     none. 0 for coroutines
 * @param events every virtual thread's events, in time order; empty for coroutines (the timeline has them)
 * @param pinned the {@code jdk.VirtualThreadPinned} events JFR recorded in the child; empty for coroutines
 * @param foreignCpus how many CPUs other processes kept busy meanwhile; NaN where unknown
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record StrandRun(String program, WorkerKind kind, int carriers, Duration elapsed, long tasksTaken,
    List<VirtualThreadEvent> events,
    List<PinnedEvent> pinned, double foreignCpus) implements PairedSample {

  public StrandRun {
    events = List.copyOf(events);
    pinned = List.copyOf(pinned);
  }

  /** What a timing claim compares when it times the program's runs in pairs: {@link #elapsed()}, start-up left out. */
  @Override
  public Duration measured() {
    return elapsed;
  }

  /** The carriers the virtual thread {@code thread} was seen mounted on, in order of first use. */
  public List<String> carriersOf(String thread) {
    return events.stream().filter(e -> e.thread().equals(thread) && e.mounted()).map(VirtualThreadEvent::carrier)
        .distinct().toList();
  }

  /** Every carrier any virtual thread was seen mounted on. */
  public List<String> carriersSeen() {
    return events.stream().filter(VirtualThreadEvent::mounted).map(VirtualThreadEvent::carrier).distinct().sorted().toList();
  }

  /** The pinned events of the virtual thread {@code thread}. */
  public List<PinnedEvent> pinnedOf(String thread) {
    return pinned.stream().filter(p -> p.thread().equals(thread)).toList();
  }

  /** A few lines for logs and reports: what ran where, and what JFR saw pinned. */
  @Override
  public String describe() {
    String head = String.format(Locale.ROOT, "%s as %s on %d carrier(s): %.3f s; carriers seen %s; %d tasks taken"
        + " from the scheduler's queues; %d pinned event(s)", program, kind, carriers, elapsed.toNanos() / 1e9, carriersSeen(),
        tasksTaken, pinned.size());
    return head + pinned.stream().map(p -> System.lineSeparator() + "  " + p.describe()).collect(Collectors.joining());
  }
}
