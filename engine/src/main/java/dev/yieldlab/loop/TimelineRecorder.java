package dev.yieldlab.loop;

import dev.yieldlab.api.EventKind;
import dev.yieldlab.api.Timeline;
import dev.yieldlab.api.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/** Appends events with the clock's time and the recording thread's id; the loop's only log. */
final class TimelineRecorder {

  private final LoopClock clock;
  private final List<TimelineEvent> events = new ArrayList<>();

  TimelineRecorder(LoopClock clock) {
    this.clock = clock;
  }

  void record(EventKind kind, String task, String detail) {
    // The thread id is read on every event, not assumed: it is the evidence for claim C1.
    events.add(new TimelineEvent(
        events.size(), kind, task, Thread.currentThread().threadId(), clock.now(), detail));
  }

  Timeline snapshot() {
    return new Timeline(events);
  }
}
