package dev.yieldlab.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Wake-ups found in one pass over a timeline's events, whatever the number of tasks: a run of a
 * million sleepers has a million, and asking each task for its own would scan the events as often.
 */
final class WakeUps {

  private WakeUps() {}

  /** The wake-ups, of tasks other than the stall's, whose deadline fell inside {@code stall}. */
  static List<WakeUp> delayedBy(List<TimelineEvent> events, Stall stall) {
    List<WakeUp> late = new ArrayList<>();
    Map<String, TimelineEvent> asleep = new HashMap<>();
    for (TimelineEvent event : events) {
      if (event.subject() instanceof EventSubject.Sleep) {
        asleep.put(event.task(), event);
      } else if (event.kind() == EventKind.RESUME) {
        TimelineEvent sleep = asleep.remove(event.task());
        if (sleep != null && !event.task().equals(stall.task())) {
          WakeUp wakeUp = new WakeUp(event.task(), sleep.nanos(), ((EventSubject.Sleep) sleep.subject()).duration(),
              event.nanos(), event.sequence());
          if (wakeUp.deadlineNanos() >= stall.startNanos() && wakeUp.deadlineNanos() < stall.endNanos()) {
            late.add(wakeUp);
          }
        }
      }
    }
    return late;
  }
}
