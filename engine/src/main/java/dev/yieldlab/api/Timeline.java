package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Everything that happened on one loop, in order: the evidence that assertions read and reports
 * draw. Immutable once the run has ended.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Timeline {

  private final List<TimelineEvent> events;

  public Timeline(List<TimelineEvent> events) {
    this.events = List.copyOf(events);
  }

  public List<TimelineEvent> events() {
    return events;
  }

  /** The messages of the post-style log, in order, without times. */
  public List<String> logs() {
    return events.stream().filter(e -> e.kind() == EventKind.LOG).map(TimelineEvent::detail).toList();
  }

  /** The post-style log: {@code yield_task1: step 0 at +1.002 s}, one line per {@code log} call. */
  public List<String> logLines() {
    return events.stream()
        .filter(e -> e.kind() == EventKind.LOG)
        .map(e -> e.detail() + " at " + e.offset())
        .toList();
  }

  /** The post-style log as one text, a line per entry. */
  public String postStyleLog() {
    return String.join(System.lineSeparator(), logLines());
  }

  /** Every event as a line ({@link TimelineEvent#describe()}), for failure messages and reports. */
  public String describe() {
    return describe(events);
  }

  /** Lines for a slice of events, as in {@link #describe()}. */
  public static String describe(List<TimelineEvent> slice) {
    return slice.stream().map(TimelineEvent::describe).collect(Collectors.joining(System.lineSeparator()));
  }

  /** The names of the coroutines, in the order they were spawned. */
  public List<String> tasks() {
    return names(false);
  }

  /**
   * The names of the workers outside the loop ({@link Loop#recordOutside}), in the order of their
   * first event.
   */
  public List<String> lanes() {
    return names(true);
  }

  private List<String> names(boolean outside) {
    Set<String> names = new LinkedHashSet<>();
    events.stream().filter(e -> e.kind().isOutside() == outside).forEach(e -> names.add(e.task()));
    return List.copyOf(names);
  }

  /**
   * The largest number of workers outside the loop computing at one instant (between a WORKER_RUN
   * and their next WORKER_PAUSE or WORKER_END): N for parallel or time-sliced workers, 1 for workers
   * that took turns or ran one after the other; 0 without any.
   */
  public int maxLanesComputingAtOnce() {
    Set<String> computing = new LinkedHashSet<>();
    int most = 0;
    // Ends before starts at one instant: a lane that stops as another starts does not overlap it.
    List<TimelineEvent> outside = events.stream().filter(e -> e.kind().isOutside())
        .sorted(Comparator.comparingLong(TimelineEvent::nanos)
            .thenComparing(e -> e.kind() == EventKind.WORKER_RUN))
        .toList();
    for (TimelineEvent event : outside) {
      if (event.kind() == EventKind.WORKER_RUN) {
        computing.add(event.task());
        most = Math.max(most, computing.size());
      } else {
        computing.remove(event.task());
      }
    }
    return most;
  }

  /** The events of one coroutine, in order. */
  public List<TimelineEvent> eventsOf(String task) {
    return events.stream().filter(e -> e.task().equals(task)).toList();
  }

  /**
   * The ids of every thread that recorded an event of the loop: the evidence of claim C1. Events of
   * workers outside the loop are left out; they ran on threads or in processes of their own.
   */
  public Set<Long> threadIds() {
    Set<Long> ids = new LinkedHashSet<>();
    events.stream().filter(e -> !e.kind().isOutside()).forEach(e -> ids.add(e.threadId()));
    return ids;
  }

  /**
   * How many times the loop's thread went from one coroutine to another: each START or RESUME of a
   * task other than the one that ran last.
   */
  public int switches() {
    int switches = 0;
    String running = null;
    for (TimelineEvent event : events) {
      if (event.kind() == EventKind.START || event.kind() == EventKind.RESUME) {
        if (running != null && !running.equals(event.task())) {
          switches++;
        }
        running = event.task();
      }
    }
    return switches;
  }

  /** Index of the first LOG event whose message equals {@code message}, or -1. */
  public int indexOfLog(String message) {
    for (TimelineEvent event : events) {
      if (event.kind() == EventKind.LOG && event.detail().equals(message)) {
        return event.sequence();
      }
    }
    return -1;
  }

  /** The clock time of the last event: how long the loop ran. */
  public Duration span() {
    return events.isEmpty() ? Duration.ZERO : Duration.ofNanos(events.getLast().nanos());
  }

  /** A slice of events by sequence, clamped to the timeline, for quoting in messages. */
  public List<TimelineEvent> slice(int fromInclusive, int toExclusive) {
    int from = Math.max(0, fromInclusive);
    int to = Math.min(events.size(), toExclusive);
    return from >= to ? List.of() : new ArrayList<>(events.subList(from, to));
  }

  @Override
  public String toString() {
    return describe();
  }
}
