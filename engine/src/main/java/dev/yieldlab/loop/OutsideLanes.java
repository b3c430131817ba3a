package dev.yieldlab.loop;

import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.OutsideEvent;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Events of workers outside the loop, kept apart from the loop's own until a timeline is built: they
 * arrive after the fact, in bulk, and out of time order, so they are merged in by time only when
 * {@link TimelineRecorder#snapshot()} is taken, never on the path of a switch.
 */
final class OutsideLanes {

  /** An event outside the loop, placed on the loop's clock. */
  record Outside(EventKind kind, String lane, long nanos, String detail, dev.yieldlab.api.timeline.EventSubject subject) {}

  private final List<Outside> events = new ArrayList<>();

  /**
   * Places wall-clock events on the loop's clock by how long before now they happened, from one
   * reading of both clocks for the whole batch, so that events at the same instant stay together. On
   * the VIRTUAL clock that is the real time ago, counted back from the virtual now, never before the
   * loop's start.
   */
  static List<Outside> place(List<OutsideEvent> events, long loopNow, Instant wallNow) {
    return events.stream()
        .map(event -> new Outside(event.kind(), event.lane(),
            loopNow - Math.clamp(Saturating.nanos(Duration.between(event.at(), wallNow)), 0, loopNow), event.detail(),
            event.subject()))
        .toList();
  }

  int size() {
    return events.size();
  }

  void addAll(List<Outside> outside) {
    events.addAll(outside);
  }

  /**
   * The loop's events with these merged in, each after every loop event at the same or an earlier
   * time (ties among them keep the order they were recorded in), all renumbered from 0. Their thread
   * id is 0: no thread of the loop recorded them.
   */
  List<TimelineEvent> mergeInto(List<TimelineEvent> loopEvents) {
    if (events.isEmpty()) {
      return loopEvents;
    }
    List<Outside> byTime = events.stream().sorted(Comparator.comparingLong(Outside::nanos)).toList();
    List<TimelineEvent> merged = new ArrayList<>(loopEvents.size() + byTime.size());
    int next = 0;
    for (TimelineEvent event : loopEvents) {
      while (next < byTime.size() && byTime.get(next).nanos() < event.nanos()) {
        merged.add(toEvent(byTime.get(next++), merged.size()));
      }
      merged.add(event.renumbered(merged.size()));
    }
    while (next < byTime.size()) {
      merged.add(toEvent(byTime.get(next++), merged.size()));
    }
    return merged;
  }

  private static TimelineEvent toEvent(Outside outside, int sequence) {
    return new TimelineEvent(sequence, outside.kind(), outside.lane(), 0, outside.nanos(), outside.detail(), outside.subject());
  }
}
