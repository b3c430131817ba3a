package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a {@link Timeline} says of its waiting primitives over time ({@code timeline.primitives()}): a
 * queue's length after each put and get, a lock's holds.
 */
@API(status = EXPERIMENTAL, since = "0.4")
public final class PrimitiveHistory {

  private final Timeline timeline;

  PrimitiveHistory(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * The length of queue {@code queue} after each put and get, in order: its length over time. Empty
   * if the timeline has no such queue's events.
   */
  public List<QueueLength> queueLengths(String queue) {
    List<QueueLength> lengths = new ArrayList<>();
    for (TimelineEvent event : timeline.events()) {
      if (event.subject() instanceof EventSubject.PrimitiveUse use && use.primitive() == PrimitiveKind.QUEUE
          && use.name().equals(queue)
          && (use.action() == PrimitiveAction.PUT || use.action() == PrimitiveAction.GOT)) {
        lengths.add(new QueueLength(event.nanos(), use.count(), event.task(), event.sequence()));
      }
    }
    return lengths;
  }

  /** The longest queue {@code queue} was after any put or get; 0 if it never had any. */
  public int maxQueueLength(String queue) {
    return queueLengths(queue).stream().mapToInt(QueueLength::length).max().orElse(0);
  }

  /**
   * Every stretch in which some task held lock {@code lock}, in the order they began; a hold never
   * released ends with the timeline ({@link Timeline#span()}).
   */
  public List<LockHold> lockHolds(String lock) {
    long endNanos = timeline.span().toNanos();
    List<LockHold> holds = new ArrayList<>();
    Map<String, TimelineEvent> open = new LinkedHashMap<>();
    for (TimelineEvent event : timeline.events()) {
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
