package dev.yieldlab.workers;

import dev.yieldlab.api.workers.VirtualThreadEvent;

import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.OutsideEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Virtual threads' events as lanes of the parent's timeline: one lane per thread, each stretch of it
 * mounted a WORKER_RUN naming its carrier ({@link EventSubject.Mounted}), so the Gantt chart colours
 * it by carrier and timeline assertions ({@code interleaves}, {@code happenedBefore}, {@code
 * task(...).wakeUps()}) read it as they read a coroutine.
 */
final class VirtualThreadLanes {

  private VirtualThreadLanes() {}

  static List<OutsideEvent> of(List<VirtualThreadEvent> events) {
    List<OutsideEvent> lanes = new ArrayList<>(events.size());
    for (VirtualThreadEvent event : events) {
      lanes.add(new OutsideEvent(kindOf(event), event.thread(), OutsideEvent.instantOfEpochNanos(event.epochNanos()),
          subjectOf(event)));
    }
    return lanes;
  }

  private static EventKind kindOf(VirtualThreadEvent event) {
    return switch (event.kind()) {
      case START, RUN, PINNED -> EventKind.WORKER_RUN;
      case LOG -> EventKind.WORKER_LOG;
      case SLEEP -> EventKind.WORKER_SLEEP;
      case YIELD -> EventKind.WORKER_YIELD;
      case PARK -> EventKind.WORKER_PARK;
      case WAKE -> EventKind.WORKER_WAKE;
      case END, FAIL -> EventKind.WORKER_END;
    };
  }

  private static EventSubject subjectOf(VirtualThreadEvent event) {
    return switch (event.kind()) {
      case START, RUN -> new EventSubject.Mounted(event.carrier(), false);
      case PINNED -> new EventSubject.Mounted(event.carrier(), true);
      case LOG -> new EventSubject.Log(event.detail());
      case SLEEP -> new EventSubject.Sleep(Duration.ofNanos(event.sleepNanos()));
      case YIELD -> new EventSubject.Note("Thread.yield()" + onCarrier(event));
      case PARK -> new EventSubject.Note(event.detail() + (event.watched() ? " (seen by the state watcher)" : ""));
      case WAKE -> new EventSubject.Note(event.detail() + ", queued for a carrier (seen by the state watcher)");
      case END -> new EventSubject.Note("ended" + onCarrier(event));
      case FAIL -> new EventSubject.Note("failed: " + event.detail());
    };
  }

  private static String onCarrier(VirtualThreadEvent event) {
    return event.mounted() ? " on " + event.carrier() : "";
  }
}
