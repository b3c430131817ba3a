package dev.yieldlab.workers;

import dev.yieldlab.api.workers.VirtualThreadEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * A platform thread of the child JVM that samples every virtual thread's state ({@link
 * Thread#getState()}) and carrier ({@link CarrierAccess}) every {@code intervalNanos}, and records
 * the changes a thread cannot record of itself: queued for a carrier after being unparked or started
 * (WAKE), blocked while mounted (PINNED), and, outside its {@link dev.yieldlab.api.strand.Strand} calls,
 * parked and mounted again (PARK, RUN: a monitor, {@code Object.wait}). Its times are within one
 * interval of the truth.
 */
final class StateWatcher {

  /** What one sample saw of one thread. */
  private record Seen(Thread.State state, String carrier) {
    boolean mounted() {
      return !carrier.isEmpty();
    }

    boolean blocked() {
      return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED;
    }
  }

  private final List<VirtualStrand> strands = new CopyOnWriteArrayList<>();
  private final List<VirtualThreadEvent> events = new ArrayList<>();
  private final Map<VirtualStrand, Seen> last = new HashMap<>();
  private final long intervalNanos;
  private volatile boolean stopped;
  private Thread thread;

  StateWatcher(long intervalNanos) {
    this.intervalNanos = intervalNanos;
  }

  void watch(VirtualStrand strand) {
    strands.add(strand);
  }

  void start() {
    thread = Thread.ofPlatform().name("yieldlab-state-watcher").daemon(true).start(() -> {
      while (!stopped) {
        strands.forEach(this::sample);
        LockSupport.parkNanos(intervalNanos);
      }
    });
  }

  /** Stops sampling and returns what it saw, in time order. */
  List<VirtualThreadEvent> stop() throws InterruptedException {
    stopped = true;
    thread.join();
    return events;
  }

  private void sample(VirtualStrand strand) {
    // A sample is stamped, read, and kept only if the strand entered or left no call meanwhile (a
    // seqlock on its call): its time then falls on the right side of the strand's own events. Stamped
    // after the reads, and without the check, a watcher descheduled between reading NONE and the clock
    // put a RUN 0.5 ms after the sleeper's own SLEEP, and the sleep read as woken 99.5 ms before its
    // deadline (a CI failure of VT-C4); stamped before, without the check, it could land mid-sleep.
    int changes = strand.callChanges();
    long nanos = System.nanoTime();
    Thread thread = strand.thread();
    Thread.State state = thread.getState();
    String carrier = CarrierAccess.carrierOf(thread);
    VirtualStrand.Call call = strand.call();
    if (strand.callChanges() != changes
        || state == Thread.State.NEW || state == Thread.State.TERMINATED || call == VirtualStrand.Call.ENDED) {
      return;
    }
    Seen now = new Seen(state, carrier);
    Seen before = last.put(strand, now);
    if (now.equals(before)) {
      return;
    }
    boolean ownCall = call != VirtualStrand.Call.NONE;
    if (now.mounted() && now.blocked()) {
      add(strand, nanos, VirtualThreadEvent.Kind.PINNED, now, "blocked (" + state + ") without unmounting");
    } else if (!now.mounted() && state == Thread.State.RUNNABLE && call != VirtualStrand.Call.YIELD
        && (before == null ? call == VirtualStrand.Call.STARTING : before.blocked())) {
      // From blocked only: a thread on its way to park is RUNNABLE and unmounted for a moment too.
      add(strand, nanos, VirtualThreadEvent.Kind.WAKE, now, before == null ? "started" : "unparked");
    } else if (!ownCall && !now.mounted() && now.blocked()) {
      add(strand, nanos, VirtualThreadEvent.Kind.PARK, now, state == Thread.State.BLOCKED ? "a monitor" : state.toString());
    } else if (!ownCall && now.mounted() && before != null && !before.equals(new Seen(Thread.State.RUNNABLE, now.carrier()))) {
      add(strand, nanos, VirtualThreadEvent.Kind.RUN, now, "");
    }
  }

  private void add(VirtualStrand strand, long nanos, VirtualThreadEvent.Kind kind, Seen seen, String detail) {
    events.add(new VirtualThreadEvent(strand.name(), kind, LaneClock.epochNanos(nanos), seen.carrier(),
        detail, 0, true));
  }
}
