package dev.yieldlab.allure;

import dev.yieldlab.api.EventKind;
import dev.yieldlab.api.Timeline;
import dev.yieldlab.api.TimelineEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One coroutine's timeline as stretches of {@link SpanKind}, plus the instants of its yields and log
 * lines: what a Gantt row draws and what the measures table sums up. A worker outside the loop (a
 * thread or child process, {@link EventKind#isOutside()}) gets a row too: computing is drawn as
 * running, waiting for the GIL as ready.
 *
 * @param task the coroutine's or worker's name
 * @param spans consecutive stretches, in time order
 * @param yields times (loop clock nanos) at which it yielded
 * @param logs its log events
 * @param ending END, FAIL or CANCEL (END for a worker that finished computing); null if it never
 *     ended (abandoned)
 * @param outside whether this is a worker outside the loop rather than a coroutine
 */
record TaskRow(String task, List<Span> spans, List<Long> yields, List<TimelineEvent> logs, EventKind ending,
    boolean outside) {

  /** A stretch of time in one state, in loop clock nanos. */
  record Span(SpanKind kind, long startNanos, long endNanos) {
    long nanos() {
      return endNanos - startNanos;
    }
  }

  /** Rows for every coroutine of {@code timeline}, in spawn order; open spans end at {@code endNanos}. */
  static List<TaskRow> of(Timeline timeline, long endNanos) {
    Map<String, Builder> rows = new LinkedHashMap<>();
    for (TimelineEvent event : timeline.events()) {
      rows.computeIfAbsent(event.task(), Builder::new).accept(event);
    }
    return rows.values().stream().map(row -> row.build(endNanos)).toList();
  }

  /** Total nanos spent in each kind of span. */
  Map<SpanKind, Long> nanosByKind() {
    Map<SpanKind, Long> totals = new EnumMap<>(SpanKind.class);
    for (SpanKind kind : SpanKind.values()) {
      totals.put(kind, 0L);
    }
    spans.forEach(span -> totals.merge(span.kind(), span.nanos(), Long::sum));
    return totals;
  }

  /** What a stretch of {@code kind} means in this row: a worker computes and waits for the GIL. */
  String label(SpanKind kind) {
    if (!outside) {
      return kind.label();
    }
    return switch (kind) {
      case RUNNING -> "computing";
      case READY -> "waiting for the GIL";
      default -> kind.label();
    };
  }

  private static final class Builder {
    private final String task;
    private final List<Span> spans = new ArrayList<>();
    private final List<Long> yields = new ArrayList<>();
    private final List<TimelineEvent> logs = new ArrayList<>();
    private SpanKind open;
    private long openSince;
    private EventKind ending;
    private boolean outside;

    Builder(String task) {
      this.task = task;
    }

    void accept(TimelineEvent event) {
      long now = event.nanos();
      switch (event.kind()) {
        case SPAWN, WAKE -> enter(SpanKind.READY, now);
        case START, RESUME -> enter(SpanKind.RUNNING, now);
        case YIELD -> {
          yields.add(now);
          enter(SpanKind.READY, now);
        }
        case SLEEP -> enter(SpanKind.SLEEPING, now);
        case WAIT -> enter(SpanKind.WAITING, now);
        case LOG -> logs.add(event);
        case END, FAIL, CANCEL -> {
          close(now);
          ending = event.kind();
        }
        case WORKER_RUN -> enter(SpanKind.RUNNING, now);
        case WORKER_PAUSE -> enter(SpanKind.READY, now);
        case WORKER_END -> {
          close(now);
          ending = EventKind.END;
        }
      }
      outside |= event.kind().isOutside();
    }

    private void enter(SpanKind kind, long now) {
      close(now);
      open = kind;
      openSince = now;
    }

    private void close(long now) {
      if (open != null) {
        spans.add(new Span(open, openSince, Math.max(openSince, now)));
        open = null;
      }
    }

    TaskRow build(long endNanos) {
      close(Math.max(endNanos, openSince));
      return new TaskRow(task, List.copyOf(spans), List.copyOf(yields), List.copyOf(logs), ending, outside);
    }
  }
}
