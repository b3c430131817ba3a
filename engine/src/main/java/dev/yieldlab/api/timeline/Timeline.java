package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.strand.Strand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Everything that happened on one loop, in order: the evidence that assertions read and reports
 * draw. Immutable once the run has ended.
 *
 * <p>Besides the events themselves it answers the questions checks and reports ask of them, from one
 * model, grouped by what they are about: the whole loop here (its log lines, tasks, threads,
 * switches, stalls, every task's stretches in {@link #activities()}); one task in {@link #task}
 * ({@code timeline.task("sleeper").wakeUps()}: its stretches, yields and sleeps' wake-ups); queues and
 * locks in {@link #primitives} ({@code timeline.primitives().primitives().lockHolds("lock")}). The Gantt chart, the
 * measures table and the experiments' checks all read these, so none of them scans events by hand.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Timeline {

  /** The events, once made: a deferred timeline ({@link #deferred}) makes them on first use. */
  private volatile List<TimelineEvent> events;
  private Supplier<List<TimelineEvent>> deferred;
  /** {@link #activities()}, made on first use: a timeline is immutable, so it never changes. */
  private List<TaskActivity> activities;

  public Timeline(List<TimelineEvent> events) {
    this.events = List.copyOf(events);
  }

  private Timeline(Supplier<List<TimelineEvent>> deferred) {
    this.deferred = deferred;
  }

  /**
   * A timeline whose events are made from {@code events} when first asked for: an explored run's
   * schedules leave thousands of timelines that no check reads, and making each one's events cost
   * more than a quarter of a schedule. {@code events} must give the same list whenever it is called.
   */
  public static Timeline deferred(Supplier<List<TimelineEvent>> events) {
    return new Timeline(java.util.Objects.requireNonNull(events, "events"));
  }

  public List<TimelineEvent> events() {
    List<TimelineEvent> made = events;
    if (made == null) {
      synchronized (this) {
        made = events;
        if (made == null) {
          made = List.copyOf(deferred.get());
          events = made;
          deferred = null;
        }
      }
    }
    return made;
  }

  /** The post-style log's messages, in order: each {@link dev.yieldlab.api.Loop#log} and {@link Strand#log} (a lane's typed {@link EventSubject.Log}). */
  public List<String> logs() {
    return events().stream().filter(Timeline::isLogLine).map(TimelineEvent::detail).toList();
  }

  /** The post-style log: {@code yield_task1: step 0 at +1.002 s}, one line per {@code log} call. */
  public List<String> logLines() {
    return events().stream()
        .filter(Timeline::isLogLine)
        .map(e -> e.detail() + " at " + e.offset())
        .toList();
  }

  private static boolean isLogLine(TimelineEvent event) {
    return event.kind() == EventKind.LOG || event.kind() == EventKind.WORKER_LOG && event.subject() instanceof EventSubject.Log;
  }

  /** The post-style log as one text, a line per entry. */
  public String postStyleLog() {
    return String.join(System.lineSeparator(), logLines());
  }

  /** Every event as a line ({@link TimelineEvent#describe()}), for failure messages and reports. */
  public String describe() {
    return describe(events());
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
   * The names of the workers outside the loop ({@link dev.yieldlab.api.Loop#recordOutside}), in the order of their
   * first event.
   */
  public List<String> lanes() {
    return names(true);
  }

  private List<String> names(boolean outside) {
    Set<String> names = new LinkedHashSet<>();
    events().stream().filter(e -> e.kind().isOutside() == outside).forEach(e -> names.add(e.task()));
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
    List<TimelineEvent> outside = events().stream().filter(e -> e.kind().isOutside() && e.kind() != EventKind.WORKER_LOG)
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

  /**
   * Every task's and worker's stretches, in order of their first event; a stretch still open at the
   * end of the timeline ends with its last event ({@link #span()}).
   */
  public List<TaskActivity> activities() {
    if (activities == null) {
      activities = TaskActivity.of(events(), span().toNanos());
    }
    return activities;
  }

  /** As {@link #activities()}, with open stretches drawn on to {@code end} if that is later: a run's elapsed time. */
  public List<TaskActivity> activities(Duration end) {
    long endNanos = end.toNanos();
    return endNanos <= span().toNanos() ? activities() : TaskActivity.of(events(), endNanos);
  }

  /** One task's part of the timeline: its events, stretches, yields and wake-ups. */
  public TaskTimeline task(String task) {
    return new TaskTimeline(this, java.util.Objects.requireNonNull(task, "task"));
  }

  /** What the timeline says of its queues and locks over time. */
  public PrimitiveHistory primitives() {
    return new PrimitiveHistory(this);
  }

  /**
   * The coroutine that held the loop's thread at the instant {@code nanos} (e.g. when a sleeper's
   * deadline passed), with its stretches; empty when none did (the loop was idle, waiting for a timer).
   */
  public Optional<TaskActivity> runningAt(long nanos) {
    return activities().stream().filter(activity -> !activity.outside())
        .filter(activity -> activity.spanAt(nanos).filter(span -> span.kind() == SpanKind.RUNNING).isPresent())
        .findFirst();
  }

  /** Every stretch that held the loop's thread longer than the run's stall threshold, in order. */
  public List<Stall> stalls() {
    return events().stream().filter(e -> e.subject() instanceof EventSubject.Stall).map(e -> {
      EventSubject.Stall stall = (EventSubject.Stall) e.subject();
      return new Stall(e.task(), e.nanos() - stall.held().toNanos(), e.nanos(), stall.samples());
    }).toList();
  }

  /** The wake-ups of every task whose deadline fell inside {@code stall}: the sleepers it made late. */
  public List<WakeUp> wakeUpsDelayedBy(Stall stall) {
    return WakeUps.delayedBy(events(), stall);
  }

  /** Where the recorder stopped keeping events, if it reached its limits (the last event says so). */
  public Optional<EventSubject.RecordingLimit> recordingLimit() {
    return events().isEmpty() ? Optional.empty() : Optional.of(events().getLast().subject())
        .filter(EventSubject.RecordingLimit.class::isInstance).map(EventSubject.RecordingLimit.class::cast);
  }

  /**
   * {@code 'blocker' held the loop for 502 ms in Thread.sleep (sleeping in the kernel), at
   * MyExperiment.java:17; 'sleeper' woke 402 ms late}: a stall and what it cost the others.
   */
  public String describe(Stall stall) {
    StringBuilder text = new StringBuilder(stall.describe());
    for (WakeUp late : wakeUpsDelayedBy(stall)) {
      text.append("; '").append(late.task()).append("' woke ").append(late.lag().toMillis()).append(" ms late");
    }
    return text.toString();
  }

  /** The first LOG event whose message equals {@code message}. */
  public Optional<TimelineEvent> firstLog(String message) {
    int index = indexOfLog(message);
    return index < 0 ? Optional.empty() : Optional.of(events().get(index));
  }

  /** The loop-clock time from the log line {@code from} to the log line {@code to}; fails naming a line never logged. */
  public Duration betweenLogs(String from, String to) {
    return Duration.ofNanos(logged(to).nanos() - logged(from).nanos());
  }

  private TimelineEvent logged(String message) {
    return firstLog(message).orElseThrow(() -> new NoSuchElementException("no log line \"" + message
        + "\" in the timeline; the log is:" + System.lineSeparator() + postStyleLog()));
  }

  /** The carriers each virtual-thread lane ran on, lane by lane in order of first event; other lanes are left out. */
  public java.util.Map<String, List<String>> carriers() {
    return activities().stream().filter(a -> !a.carriers().isEmpty())
        .collect(Collectors.toMap(TaskActivity::task, TaskActivity::carriers, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /**
   * The ids of every thread that recorded an event of the loop: the evidence of claim C1. Events of
   * workers outside the loop are left out; they ran on threads or in processes of their own.
   */
  public Set<Long> threadIds() {
    Set<Long> ids = new LinkedHashSet<>();
    events().stream().filter(e -> !e.kind().isOutside()).forEach(e -> ids.add(e.threadId()));
    return ids;
  }

  /**
   * How many times the loop's thread went from one coroutine to another: each START or RESUME of a
   * task other than the one that ran last.
   */
  public int switches() {
    int switches = 0;
    String running = null;
    for (TimelineEvent event : events()) {
      if (event.kind() == EventKind.START || event.kind() == EventKind.RESUME) {
        if (running != null && !running.equals(event.task())) {
          switches++;
        }
        running = event.task();
      }
    }
    return switches;
  }

  /** Index of the first line of the post-style log ({@link #logs()}) whose message equals {@code message}, or -1. */
  public int indexOfLog(String message) {
    for (TimelineEvent event : events()) {
      if (isLogLine(event) && event.detail().equals(message)) {
        return event.sequence();
      }
    }
    return -1;
  }

  /** The clock time of the last event: how long the loop ran. */
  public Duration span() {
    return events().isEmpty() ? Duration.ZERO : Duration.ofNanos(events().getLast().nanos());
  }

  /** A slice of events by sequence, clamped to the timeline, for quoting in messages. */
  public List<TimelineEvent> slice(int fromInclusive, int toExclusive) {
    int from = Math.max(0, fromInclusive);
    int to = Math.min(events().size(), toExclusive);
    return from >= to ? List.of() : new ArrayList<>(events().subList(from, to));
  }

  @Override
  public String toString() {
    return describe();
  }
}
