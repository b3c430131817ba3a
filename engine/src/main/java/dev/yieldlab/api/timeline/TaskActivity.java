package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One task's timeline as consecutive stretches ({@link Span}s), plus the instants of its yields and
 * its log lines: what a Gantt row draws, what the measures table sums up and what timeline queries
 * answer from. A worker outside the loop ({@link EventKind#isOutside()}) has one too.
 *
 * @param task the coroutine's or worker's name
 * @param spans consecutive stretches, in time order
 * @param yields times (loop clock nanos) at which it yielded
 * @param logs its LOG events
 * @param ending END, FAIL or CANCEL (END for a worker that finished computing); empty if it never
 *     ended (the run was abandoned, or it was still waiting when the loop stopped)
 * @param outside whether this is a worker outside the loop rather than a coroutine
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record TaskActivity(String task, List<Span> spans, List<Long> yields, List<TimelineEvent> logs,
    Optional<EventKind> ending, boolean outside) {

  public TaskActivity {
    spans = List.copyOf(spans);
    yields = List.copyOf(yields);
    logs = List.copyOf(logs);
  }

  /** Total nanos spent in each kind of stretch, every kind present (0 for none). */
  public Map<SpanKind, Long> nanosByKind() {
    Map<SpanKind, Long> totals = new EnumMap<>(SpanKind.class);
    for (SpanKind kind : SpanKind.values()) {
      totals.put(kind, 0L);
    }
    spans.forEach(span -> totals.merge(span.kind(), span.nanos(), Long::sum));
    return totals;
  }

  /** The stretches of one kind, in time order. */
  public List<Span> spans(SpanKind kind) {
    return spans.stream().filter(span -> span.kind() == kind).toList();
  }

  /** The stretch this task was in at the instant {@code nanos}, if it was alive then. */
  public Optional<Span> spanAt(long nanos) {
    return spans.stream().filter(span -> span.contains(nanos)).findFirst();
  }

  /** What a stretch of {@code kind} means in this row: a worker computes and waits for the GIL. */
  public String label(SpanKind kind) {
    return outside ? kind.workerLabel() : kind.label();
  }

  /**
   * What {@code span} means in this row: as {@link #label(SpanKind)}, naming the primitive a coroutine
   * waited for, the carrier a virtual thread ran on or what it parked for.
   */
  public String label(Span span) {
    return switch (span.cause()) {
      case EventSubject.Mounted mounted -> mounted.blocked() ? mounted.text() : "running on " + mounted.carrier();
      case EventSubject.Note note when outside && span.kind() == SpanKind.WAITING -> "parked: " + note.text();
      default -> outside ? span.kind().workerLabel() : span.label();
    };
  }

  /** The carriers this row ran on, in order of first use: a virtual thread's; empty for anything else. */
  public List<String> carriers() {
    return spans.stream().map(Span::carrier).flatMap(Optional::stream).distinct().toList();
  }

  /** When it ended (its END, FAIL, CANCEL or WORKER_END), if it did. */
  public java.util.OptionalLong endedAtNanos() {
    return ending.isEmpty() || spans.isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(spans.getLast().endNanos());
  }

  /** Whether it ended normally (END). */
  public boolean endedNormally() {
    return ending.filter(kind -> kind == EventKind.END).isPresent();
  }

  /**
   * The state {@code event} puts its task in, or null when it changes none (a log line, a SYNC, a
   * STALL mark) or ends the task ({@link #ends}). The one rule every view of stretches follows: this
   * class's, and a report's summaries of runs too large to turn into activities whole.
   */
  @API(status = INTERNAL, since = "0.3")
  public static SpanKind entered(TimelineEvent event) {
    return switch (event.kind()) {
      case SPAWN, WAKE, YIELD, WORKER_PAUSE, WORKER_WAKE, WORKER_YIELD -> SpanKind.READY;
      case START, RESUME, WORKER_RUN -> SpanKind.RUNNING; // a virtual thread's WORKER_RUN names its carrier
      case SLEEP, WORKER_SLEEP -> SpanKind.SLEEPING;
      case WAIT -> switch (event.subject()) {
        case EventSubject.PrimitiveWait primitive -> SpanKind.WAITING_FOR_PRIMITIVE;
        case EventSubject.IoWait io -> SpanKind.WAITING_FOR_IO;
        default -> SpanKind.WAITING;
      };
      case WORKER_PARK -> SpanKind.WAITING;
      // STALL marks the stretch that just ended; SYNC is an instant: the task goes on as it was.
      case LOG, STALL, SYNC, WORKER_LOG, END, FAIL, CANCEL, WORKER_END -> null;
    };
  }

  /** Whether {@code kind} ends its task's or worker's last stretch: END, FAIL, CANCEL or WORKER_END. */
  @API(status = INTERNAL, since = "0.3")
  public static boolean ends(EventKind kind) {
    return kind == EventKind.END || kind == EventKind.FAIL || kind == EventKind.CANCEL || kind == EventKind.WORKER_END;
  }

  /** Whether the stretch {@code kind} opens keeps its event's subject: what it waits for, its carrier, why it parked. */
  private static boolean carriesCause(EventKind kind) {
    return kind == EventKind.WAIT || kind == EventKind.WORKER_RUN || kind == EventKind.WORKER_SLEEP || kind == EventKind.WORKER_PARK;
  }

  /** Activities for every task and worker of {@code events}, in order of first event; open spans end at {@code endNanos}. */
  static List<TaskActivity> of(List<TimelineEvent> events, long endNanos) {
    Map<String, Builder> builders = new java.util.LinkedHashMap<>();
    for (TimelineEvent event : events) {
      builders.computeIfAbsent(event.task(), Builder::new).accept(event);
    }
    return builders.values().stream().map(builder -> builder.build(endNanos)).toList();
  }

  /** Turns one task's events into stretches: each event that changes its state closes the open stretch. */
  private static final class Builder {
    private final String task;
    private final List<Span> spans = new ArrayList<>();
    private final List<Long> yields = new ArrayList<>();
    private final List<TimelineEvent> logs = new ArrayList<>();
    private SpanKind open;
    private EventSubject openCause = EventSubject.NONE;
    private long openSince;
    private EventKind ending;
    private boolean outside;

    Builder(String task) {
      this.task = task;
    }

    void accept(TimelineEvent event) {
      long now = event.nanos();
      if (event.kind() == EventKind.YIELD || event.kind() == EventKind.WORKER_YIELD) {
        yields.add(now);
      } else if (event.kind() == EventKind.LOG || event.kind() == EventKind.WORKER_LOG) {
        logs.add(event);
      }
      SpanKind entered = entered(event);
      if (entered != null) {
        enter(entered, now, carriesCause(event.kind()) ? event.subject() : EventSubject.NONE);
      } else if (ends(event.kind())) {
        close(now);
        ending = event.kind() == EventKind.WORKER_END ? EventKind.END : event.kind();
      }
      outside |= event.kind().isOutside();
    }

    private void enter(SpanKind kind, long now, EventSubject cause) {
      close(now);
      open = kind;
      openCause = cause;
      openSince = now;
    }

    private void close(long now) {
      if (open != null) {
        spans.add(new Span(open, openSince, Math.max(openSince, now), openCause));
        open = null;
      }
    }

    TaskActivity build(long endNanos) {
      close(Math.max(endNanos, openSince));
      return new TaskActivity(task, spans, yields, logs, Optional.ofNullable(ending), outside);
    }
  }
}
