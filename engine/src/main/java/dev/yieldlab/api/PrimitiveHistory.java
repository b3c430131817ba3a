package dev.yieldlab.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a timeline says of one waiting primitive over time: a queue's length, a lock's holds. */
final class PrimitiveHistory {

  private PrimitiveHistory() {}

  /** See {@link Timeline#queueLengths}. */
  static List<QueueLength> queueLengths(List<TimelineEvent> events, String queue) {
    List<QueueLength> lengths = new ArrayList<>();
    for (TimelineEvent event : events) {
      if (event.subject() instanceof EventSubject.PrimitiveUse use && use.primitive() == PrimitiveKind.QUEUE
          && use.name().equals(queue)
          && (use.action() == PrimitiveAction.PUT || use.action() == PrimitiveAction.GOT)) {
        lengths.add(new QueueLength(event.nanos(), use.count(), event.task(), event.sequence()));
      }
    }
    return lengths;
  }

  /** See {@link Timeline#lockHolds}; {@code endNanos} ends a hold never released. */
  static List<LockHold> lockHolds(List<TimelineEvent> events, String lock, long endNanos) {
    List<LockHold> holds = new ArrayList<>();
    Map<String, TimelineEvent> open = new LinkedHashMap<>();
    for (TimelineEvent event : events) {
      if (event.subject() instanceof EventSubject.PrimitiveUse use && use.primitive() == PrimitiveKind.LOCK
          && use.name().equals(lock)) {
        if (use.action() == PrimitiveAction.ACQUIRED) {
          open.put(event.task(), event);
        } else if (use.action() == PrimitiveAction.RELEASED && open.containsKey(event.task())) {
          holds.add(new LockHold(lock, event.task(), open.remove(event.task()).nanos(), event.nanos(), true));
        }
      }
    }
    open.forEach((task, acquired) -> holds.add(new LockHold(lock, task, acquired.nanos(), endNanos, false)));
    holds.sort(Comparator.comparingLong(LockHold::acquiredNanos));
    return holds;
  }
}
