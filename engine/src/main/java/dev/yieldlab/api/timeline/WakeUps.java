package dev.yieldlab.api.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wake-up queries of a {@link Timeline}, apart so that it stays one screenful of questions; the
 * stall's query finds its wake-ups in one pass over the events, whatever the number of tasks (a run
 * of a million sleepers has a million, and asking each task for its own would scan them as often).
 */
final class WakeUps {

  private WakeUps() {}

  /** Each sleep among one task's {@code events} that it woke from, with when it ran again (RESUME, or a lane's WORKER_RUN). */
  static List<WakeUp> of(List<TimelineEvent> events) {
    List<WakeUp> wakeUps = new ArrayList<>();
    TimelineEvent sleep = null;
    for (TimelineEvent event : events) {
      if (event.subject() instanceof EventSubject.Sleep) {
        sleep = event;
      } else if ((event.kind() == EventKind.RESUME || event.kind() == EventKind.WORKER_RUN) && sleep != null) {
        wakeUps.add(new WakeUp(event.task(), sleep.nanos(), ((EventSubject.Sleep) sleep.subject()).duration(), event.nanos(),
            event.sequence()));
        sleep = null;
      }
    }
    return wakeUps;
  }

  /** See {@link TaskTimeline#stretchesAfterDeadline}. */
  static int stretchesAfterDeadline(Timeline timeline, String other, WakeUp wakeUp) {
    int firstYield = Integer.MAX_VALUE;
    for (TimelineEvent event : timeline.task(other).events()) {
      if (event.kind() == EventKind.YIELD && event.nanos() >= wakeUp.deadlineNanos()) {
        firstYield = event.sequence();
        break;
      }
    }
    if (firstYield > wakeUp.resumeSequence()) {
      return -1;
    }
    return (int) timeline.slice(firstYield, wakeUp.resumeSequence()).stream()
        .filter(e -> e.task().equals(other) && e.kind() == EventKind.RESUME).count();
  }

  /** The wake-ups, of tasks other than the stall's, whose deadline fell inside {@code stall}. */
  static List<WakeUp> delayedBy(List<TimelineEvent> events, Stall stall) {
    List<WakeUp> late = new ArrayList<>();
    Map<String, TimelineEvent> asleep = new HashMap<>();
    for (TimelineEvent event : events) {
      if (event.subject() instanceof EventSubject.Sleep) {
        asleep.put(event.task(), event);
      } else if (event.kind() == EventKind.RESUME || event.kind() == EventKind.WORKER_RUN) {
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
