package dev.yieldlab.workers;

import dev.yieldlab.api.workers.GilHold;

import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.OutsideEvent;
import dev.yieldlab.api.workers.WorkerSpan;
import dev.yieldlab.api.workers.WorkersResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A run of workers as timeline events outside the loop: per worker, when it computed and, under the
 * emulated GIL, when it waited for its turn. Put into the run's timeline, they draw one Gantt lane per
 * worker, so whether the workers overlapped, took turns or ran one after the other is seen, not only
 * summed up in a ratio.
 */
final class WorkerTimeline {

  private WorkerTimeline() {}

  static List<OutsideEvent> of(WorkersResult result) {
    List<OutsideEvent> events = new ArrayList<>();
    String where = describeKind(result);
    for (WorkerSpan span : result.spans()) {
      List<GilHold> holds = result.gilHolds().stream().filter(h -> h.worker().equals(span.worker()))
          .sorted(Comparator.comparingLong(GilHold::fromEpochNanos)).toList();
      if (holds.isEmpty()) {
        events.add(event(EventKind.WORKER_RUN, span, span.startEpochNanos(), "starts computing: " + where));
      } else {
        // A GIL worker's life starts before its first turn: waiting for the lock is part of it.
        events.add(event(EventKind.WORKER_PAUSE, span, span.startEpochNanos(), "starts, waits for the GIL: " + where));
        for (GilHold hold : holds) {
          events.add(event(EventKind.WORKER_RUN, span, hold.fromEpochNanos(), "holds the GIL"));
          events.add(event(EventKind.WORKER_PAUSE, span, hold.toEpochNanos(), "lets go of the GIL"));
        }
      }
      events.add(event(EventKind.WORKER_END, span, span.endEpochNanos(), String.format(Locale.ROOT,
          "done: cpu %.3f s, %.0f %% of its %.3f s wall", span.cpuNanos() / 1e9, 100 * span.cpuShare(),
          span.wall().toNanos() / 1e9)));
    }
    return events;
  }

  private static OutsideEvent event(EventKind kind, WorkerSpan span, long epochNanos, String detail) {
    return new OutsideEvent(kind, span.worker(), OutsideEvent.instantOfEpochNanos(epochNanos), detail);
  }

  private static String describeKind(WorkersResult result) {
    String kind = switch (result.kind()) {
      case COROUTINES -> "a coroutine in a child JVM";
      case PROCESSES -> "a child process";
      case THREADS -> "a Java platform thread";
      case GIL_THREADS -> "a Java thread under the emulated GIL";
      case VIRTUAL_THREADS -> "a virtual thread in a child JVM";
    };
    return kind + " of " + result.workers() + (result.pinnedToOneCpu() ? ", all pinned to CPU 0" : "");
  }
}
