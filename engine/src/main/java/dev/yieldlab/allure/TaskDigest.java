package dev.yieldlab.allure;

import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.api.timeline.Stall;
import dev.yieldlab.api.timeline.TaskActivity;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's tasks as a report needs them, made in passes over the events with a few numbers per task:
 * the {@value ReportBudget#TABLE_ROWS} that matter most as {@link TaskActivity}s, and for the others
 * only totals and density lanes. {@link Timeline#activities()} would make an activity with its lists
 * for each of a million tasks, seconds of work for one report; this costs a fraction of the run.
 *
 * <p>Which tasks matter most, in order of rank: workers outside the loop and the run's first coroutine
 * (its main); tasks that failed or were cancelled, and tasks that stalled the loop; tasks that logged;
 * then every other task. Within a rank, the longest-running first. Each view shows the first N of that
 * ranking in timeline order (first event first), so a small run's rows are what they always were.
 * The checks that will read the run are not known when its page is written, so they cannot rank it.
 */
final class TaskDigest {

  private static final SpanKind[] KINDS = SpanKind.values();

  private final List<TimelineEvent> events;
  private final long end;
  /** Per event, its task's number (order of first event). */
  private final int[] taskOf;
  private final int tasks;
  /** Per kind, per task: nanos in that state. */
  private final long[][] nanos;
  private final int[] yields;
  private final int[] logs;
  /** Per task: the kind of event that ended it (ordinal), or -1. */
  private final byte[] endings;
  /** Task numbers, best-ranked first, at most {@value ReportBudget#TABLE_ROWS}. */
  private final int[] ranked;
  /** The ranked tasks' activities, by task number. */
  private final Map<Integer, TaskActivity> activities = new HashMap<>();

  private TaskDigest(Timeline timeline, long end, List<Stall> stalls) {
    this.events = timeline.events();
    this.end = end;
    this.taskOf = new int[events.size()];
    Map<String, Integer> numbers = HashMap.newHashMap(Math.min(events.size(), 1 << 20));
    List<Boolean> outside = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      TimelineEvent event = events.get(i);
      Integer number = numbers.putIfAbsent(event.task(), numbers.size());
      if (number == null) {
        number = numbers.size() - 1;
        outside.add(event.kind().isOutside());
      }
      taskOf[i] = number;
    }
    this.tasks = numbers.size();
    this.nanos = new long[KINDS.length][tasks];
    this.yields = new int[tasks];
    this.logs = new int[tasks];
    this.endings = new byte[tasks];
    Arrays.fill(endings, (byte) -1);
    walk(null, (task, kind, from, to) -> nanos[kind.ordinal()][task] += to - from);
    Set<Integer> stalled = new HashSet<>();
    stalls.forEach(stall -> {
      Integer number = numbers.get(stall.task());
      if (number != null) {
        stalled.add(number);
      }
    });
    this.ranked = rank(outside, stalled);
    makeActivities();
  }

  static TaskDigest of(Timeline timeline, long end, List<Stall> stalls) {
    return new TaskDigest(timeline, end, stalls);
  }

  /** Tasks and workers in the run. */
  int tasks() {
    return tasks;
  }

  /** The {@code most} best-ranked tasks (at most {@value ReportBudget#TABLE_ROWS}), in timeline order. */
  List<TaskActivity> shown(int most) {
    int[] chosen = Arrays.copyOf(ranked, Math.min(most, ranked.length));
    Arrays.sort(chosen);
    List<TaskActivity> shown = new ArrayList<>(chosen.length);
    for (int task : chosen) {
      shown.add(activities.get(task));
    }
    return shown;
  }

  /** Whether {@link #shown} of {@code most} holds every task. */
  boolean complete(int most) {
    return tasks <= Math.min(most, ranked.length);
  }

  /** What the tasks left out of {@link #shown} of {@code most} add up to. */
  FoldedTotals foldedTotals(int most) {
    boolean[] shown = shownSet(most);
    long[] kindNanos = new long[KINDS.length];
    long yieldCount = 0;
    long logCount = 0;
    long ended = 0;
    long failed = 0;
    long cancelled = 0;
    long never = 0;
    for (int task = 0; task < tasks; task++) {
      if (shown[task]) {
        continue;
      }
      for (SpanKind kind : KINDS) {
        kindNanos[kind.ordinal()] += nanos[kind.ordinal()][task];
      }
      yieldCount += yields[task];
      logCount += logs[task];
      if (endings[task] < 0) {
        never++;
      } else if (endings[task] == EventKind.FAIL.ordinal()) {
        failed++;
      } else if (endings[task] == EventKind.CANCEL.ordinal()) {
        cancelled++;
      } else {
        ended++;
      }
    }
    return new FoldedTotals(tasks - countTrue(shown), kindNanos, yieldCount, logCount, ended, failed, cancelled, never);
  }

  /** The density lanes of the tasks left out of {@link #shown} of {@code most}: a second pass over the events. */
  DensityLanes foldedLanes(int most) {
    boolean[] shown = shownSet(most);
    DensityLanes lanes = new DensityLanes(tasks - countTrue(shown), end);
    walk(shown, lanes::add);
    return lanes;
  }

  /** Receives each stretch of a task: its number, state, start and end. */
  private interface Stretches {
    void stretch(int task, SpanKind kind, long from, long to);
  }

  /**
   * Runs the stretch rule of {@link TaskActivity#entered} over every event, handing each closed
   * stretch of a task not in {@code skip} to {@code sink}; counts yields, log lines and endings on the
   * first pass ({@code skip} null). Stretches still open end at {@link #end}.
   */
  private void walk(boolean[] skip, Stretches sink) {
    byte[] state = new byte[tasks];
    Arrays.fill(state, (byte) -1);
    long[] since = new long[tasks];
    for (int i = 0; i < events.size(); i++) {
      int task = taskOf[i];
      if (skip != null && skip[task]) {
        continue;
      }
      TimelineEvent event = events.get(i);
      if (skip == null) {
        if (event.kind() == EventKind.YIELD) {
          yields[task]++;
        } else if (event.kind() == EventKind.LOG || event.kind() == EventKind.WORKER_LOG) {
          logs[task]++;
        }
      }
      SpanKind entered = TaskActivity.entered(event);
      boolean ends = entered == null && TaskActivity.ends(event.kind());
      if (entered == null && !ends) {
        continue;
      }
      long now = event.nanos();
      if (state[task] >= 0) {
        sink.stretch(task, KINDS[state[task]], since[task], Math.max(since[task], now));
      }
      state[task] = entered == null ? -1 : (byte) entered.ordinal();
      since[task] = now;
      if (ends && skip == null) {
        endings[task] = (byte) (event.kind() == EventKind.WORKER_END ? EventKind.END : event.kind()).ordinal();
      }
    }
    for (int task = 0; task < tasks; task++) {
      if (state[task] >= 0) {
        sink.stretch(task, KINDS[state[task]], since[task], Math.max(since[task], end));
      }
    }
  }

  /**
   * The best {@value ReportBudget#TABLE_ROWS} by rank, best first: a bounded heap with the worst of the
   * best on top, so each further task costs one comparison of numbers and allocates nothing.
   */
  private int[] rank(List<Boolean> outside, Set<Integer> stalled) {
    int[] rankOf = new int[tasks];
    for (int task = 0; task < tasks; task++) {
      boolean failed = endings[task] == EventKind.FAIL.ordinal() || endings[task] == EventKind.CANCEL.ordinal();
      rankOf[task] = outside.get(task) || task == 0 ? 0 : failed || stalled.contains(task) ? 1 : logs[task] > 0 ? 2 : 3;
    }
    long[] running = nanos[SpanKind.RUNNING.ordinal()];
    IntComparator better = (a, b) -> rankOf[a] != rankOf[b] ? Integer.compare(rankOf[a], rankOf[b])
        : running[a] != running[b] ? Long.compare(running[b], running[a]) : Integer.compare(a, b);
    int most = Math.min(tasks, ReportBudget.TABLE_ROWS);
    int[] heap = new int[most];
    for (int task = 0; task < tasks; task++) {
      if (task < most) {
        heap[task] = task;
        for (int at = task; at > 0 && better.compare(heap[(at - 1) / 2], heap[at]) < 0; at = (at - 1) / 2) {
          swap(heap, at, (at - 1) / 2);
        }
      } else if (better.compare(task, heap[0]) < 0) {
        heap[0] = task;
        siftDown(heap, better);
      }
    }
    return Arrays.stream(heap).boxed().sorted(better::compare).mapToInt(Integer::intValue).toArray();
  }

  private interface IntComparator {
    int compare(int a, int b);
  }

  /** Restores the heap (worst on top) after its top was replaced. */
  private static void siftDown(int[] heap, IntComparator better) {
    int at = 0;
    while (true) {
      int worst = at;
      for (int child = 2 * at + 1; child <= 2 * at + 2 && child < heap.length; child++) {
        if (better.compare(heap[child], heap[worst]) > 0) {
          worst = child;
        }
      }
      if (worst == at) {
        return;
      }
      swap(heap, at, worst);
      at = worst;
    }
  }

  private static void swap(int[] heap, int a, int b) {
    int kept = heap[a];
    heap[a] = heap[b];
    heap[b] = kept;
  }

  /** The ranked tasks' own events, made into activities by {@link Timeline}'s one model. */
  private void makeActivities() {
    boolean[] chosen = shownSet(ranked.length);
    List<TimelineEvent> theirs = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (chosen[taskOf[i]]) {
        theirs.add(events.get(i));
      }
    }
    int[] inOrder = Arrays.copyOf(ranked, ranked.length);
    Arrays.sort(inOrder);
    List<TaskActivity> made = new Timeline(theirs).activities(Duration.ofNanos(end));
    for (int i = 0; i < inOrder.length; i++) {
      activities.put(inOrder[i], made.get(i));
    }
  }

  private boolean[] shownSet(int most) {
    boolean[] shown = new boolean[tasks];
    for (int i = 0; i < Math.min(most, ranked.length); i++) {
      shown[ranked[i]] = true;
    }
    return shown;
  }

  private static int countTrue(boolean[] flags) {
    int count = 0;
    for (boolean flag : flags) {
      count += flag ? 1 : 0;
    }
    return count;
  }
}
