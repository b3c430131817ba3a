package dev.yieldlab.loop;

import dev.yieldlab.api.EventKind;
import dev.yieldlab.api.Timeline;
import dev.yieldlab.api.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends events with the clock's time and the recording thread's id; the loop's only log.
 *
 * <p>Bounded, because a coroutine that logs in a tight loop or yields a hundred million times must
 * fail its claim, not the JVM: past {@link #MAX_EVENTS} events or {@link #MAX_LOG_CHARS} characters
 * of log text nothing more is kept, and the snapshot ends with a LOG line of the task {@value
 * #NOTE_TASK} saying how much was cut, which every log assertion then sees.
 */
final class TimelineRecorder {

  static final int MAX_EVENTS = 1_000_000;
  static final long MAX_LOG_CHARS = 8L << 20;
  static final int MAX_LINE_CHARS = 10_000;
  static final String NOTE_TASK = "[yieldlab]";

  private final LoopClock clock;
  private final List<TimelineEvent> events = new ArrayList<>();
  private final OutsideLanes outside = new OutsideLanes();
  private long logChars;
  private long droppedEvents;
  private long droppedLogChars;

  TimelineRecorder(LoopClock clock) {
    this.clock = clock;
  }

  void record(EventKind kind, String task, String detail) {
    String kept = detail.length() > MAX_LINE_CHARS
        ? detail.substring(0, MAX_LINE_CHARS) + "… (line cut: " + detail.length() + " chars)"
        : detail;
    boolean logFull = kind == EventKind.LOG && logChars + kept.length() > MAX_LOG_CHARS;
    if (events.size() >= MAX_EVENTS || logFull) {
      droppedEvents++;
      droppedLogChars += kind == EventKind.LOG ? detail.length() : 0;
      return;
    }
    if (kind == EventKind.LOG) {
      logChars += kept.length();
    }
    // The thread id is read on every event, not assumed: it is the evidence for claim C1.
    events.add(new TimelineEvent(events.size(), kind, task, Thread.currentThread().threadId(), clock.now(), kept));
  }

  /**
   * Keeps events that happened outside the loop, to be merged in by time when a snapshot is taken.
   * Past {@link #MAX_EVENTS} in all they are dropped and counted like any other event.
   */
  void recordOutside(List<OutsideLanes.Outside> events) {
    int room = Math.max(0, MAX_EVENTS - this.events.size() - outside.size());
    outside.addAll(events.subList(0, Math.min(room, events.size())));
    droppedEvents += Math.max(0, events.size() - room);
  }

  Timeline snapshot() {
    List<TimelineEvent> events = outside.mergeInto(this.events);
    if (droppedEvents == 0) {
      return new Timeline(events);
    }
    List<TimelineEvent> withNote = new ArrayList<>(events);
    withNote.add(new TimelineEvent(withNote.size(), EventKind.LOG, NOTE_TASK, Thread.currentThread().threadId(),
        clock.now(), droppedEvents + " further events (" + droppedLogChars + " chars of log text) were not recorded:"
            + " a timeline keeps at most " + MAX_EVENTS + " events and " + (MAX_LOG_CHARS >> 20) + " MiB of log text"));
    return new Timeline(withNote);
  }
}
