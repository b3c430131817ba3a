package dev.yieldlab.loop;

import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends events with the time the loop gives and the recording thread's id; the loop's only log.
 *
 * <p>Recording is on the path of every switch, so it allocates nothing per event and, for a yield
 * or a resume, stores no reference (each would cost a GC write barrier): events are stored column by
 * column in chunks that double up to {@link #MAX_CHUNK} (no copying as the timeline grows, little
 * waste for the many runs with a handful of events); a task is stored as its number; the thread id
 * is read on every event but stored only where it changes; an empty detail is not stored, and any
 * other is kept as the object it was recorded as (a log line's String, the loop's {@link
 * RecordedDetail} of a sleep or a wait, an {@link EventSubject}), typed and put into words only when
 * {@link #snapshot()} builds the {@link TimelineEvent}s. An object
 * per event cost the loop switch about as much as a clock reading (see docs/PERFORMANCE.md).
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

  /** Events in the first chunk and the largest: chunks stay small enough for thread-local allocation. */
  static final int FIRST_CHUNK = 32;
  static final int MAX_CHUNK = 2048;

  private static final EventKind[] KINDS = EventKind.values();

  /** Consecutive events, a column per field. */
  private static final class Chunk {
    final byte[] kinds;
    final int[] tasks;
    final long[] nanos;
    final Object[] details;

    Chunk(int capacity) {
      kinds = new byte[capacity];
      tasks = new int[capacity];
      nanos = new long[capacity];
      details = new Object[capacity];
    }
  }

  private final LoopClock clock;
  private final OutsideLanes outside = new OutsideLanes();
  private final List<Chunk> chunks = new ArrayList<>();
  /** Task names by number. */
  private final List<String> taskNames = new ArrayList<>();
  private Chunk chunk = new Chunk(0);
  /** Where in {@code chunk} the next event goes. */
  private int slot;
  /** Events recorded. */
  private int size;
  /** The thread id from the event at {@code threadChanges[2k]} on is {@code threadChanges[2k + 1]}. */
  private final List<Long> threadChanges = new ArrayList<>(2);
  private long lastThreadId = -1;
  private long logChars;
  private long droppedEvents;
  private long droppedLogChars;
  /** The time of the first event not recorded; only read once something was dropped. */
  private long firstDroppedNanos;

  TimelineRecorder(LoopClock clock) {
    this.clock = clock;
  }

  /** Events recorded so far (dropped ones not counted). */
  int size() {
    return size;
  }

  /** Gives a new task its number (its {@code timelineId}), which {@link #record} takes instead of the task. */
  int register(String taskName) {
    taskNames.add(taskName);
    return taskNames.size() - 1;
  }

  /**
   * Records that {@code kind} happened to task number {@code task} at {@code at} (loop clock nanos). {@code
   * detail} is what it is about: a String (a log line), a {@link RecordedDetail} or an {@link
   * EventSubject}; an empty one is not stored, and a String longer than {@link #MAX_LINE_CHARS} is cut.
   */
  void record(EventKind kind, int task, Object detail, long at) {
    Object kept = detail instanceof String text && text.length() > MAX_LINE_CHARS
        ? text.substring(0, MAX_LINE_CHARS) + "… (line cut: " + text.length() + " chars)"
        : detail;
    if (kind == EventKind.LOG) {
      int length = ((String) kept).length();
      if (size >= MAX_EVENTS || logChars + length > MAX_LOG_CHARS) {
        dropped(at);
        droppedLogChars += ((String) detail).length();
        return;
      }
      logChars += length;
    } else if (size >= MAX_EVENTS) {
      dropped(at);
      return;
    }
    // The thread id is read on every event, not assumed: it is the evidence for claim C1.
    long threadId = Thread.currentThread().threadId();
    if (threadId != lastThreadId) {
      threadChanges.add((long) size);
      threadChanges.add(threadId);
      lastThreadId = threadId;
    }
    if (slot == chunk.kinds.length) {
      chunk = new Chunk(Math.min(Math.max(FIRST_CHUNK, 2 * slot), MAX_CHUNK));
      chunks.add(chunk);
      slot = 0;
    }
    chunk.kinds[slot] = (byte) kind.ordinal();
    chunk.tasks[slot] = task;
    chunk.nanos[slot] = at;
    if (!"".equals(kept)) {
      chunk.details[slot] = kept; // null reads as ""
    }
    slot++;
    size++;
  }

  private void dropped(long at) {
    if (droppedEvents++ == 0) {
      firstDroppedNanos = at;
    }
  }

  /**
   * Keeps events that happened outside the loop, to be merged in by time when a snapshot is taken.
   * Past {@link #MAX_EVENTS} in all they are dropped and counted like any other event.
   */
  void recordOutside(List<OutsideLanes.Outside> events) {
    int room = Math.max(0, MAX_EVENTS - size - outside.size());
    outside.addAll(events.subList(0, Math.min(room, events.size())));
    if (events.size() > room) {
      dropped(events.get(room).nanos());
      droppedEvents += events.size() - room - 1;
    }
  }

  Timeline snapshot() {
    List<TimelineEvent> loopEvents = new ArrayList<>(size + 1);
    long threadId = -1;
    int change = 0;
    int i = 0;
    for (Chunk c : chunks) {
      for (int at = 0; at < c.kinds.length && i < size; at++, i++) {
        if (change < threadChanges.size() && threadChanges.get(change) == i) {
          threadId = threadChanges.get(change + 1);
          change += 2;
        }
        EventKind kind = KINDS[c.kinds[at]];
        loopEvents.add(new TimelineEvent(i, kind, taskNames.get(c.tasks[at]), threadId, c.nanos[at],
            subjectOf(kind, c.details[at])));
      }
    }
    List<TimelineEvent> events = new ArrayList<>(outside.mergeInto(loopEvents));
    if (droppedEvents > 0) {
      events.add(new TimelineEvent(events.size(), EventKind.LOG, NOTE_TASK, Thread.currentThread().threadId(),
          clock.now(), new EventSubject.RecordingLimit(droppedEvents, droppedLogChars, firstDroppedNanos, MAX_EVENTS,
              MAX_LOG_CHARS)));
    }
    return new Timeline(events);
  }

  /** The typed subject of a stored detail: kept as it was recorded, and typed only now. */
  private static EventSubject subjectOf(EventKind kind, Object detail) {
    return switch (detail) {
      case null -> kind == EventKind.LOG ? new EventSubject.Log("") : EventSubject.NONE;
      case EventSubject subject -> subject;
      case RecordedDetail recorded -> recorded.subject();
      case String text when kind == EventKind.LOG -> new EventSubject.Log(text);
      default -> new EventSubject.Note(detail.toString());
    };
  }
}
