package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ListAssert;

/**
 * Assertions that read a {@link Timeline} the way the claims are worded: who logged what in which
 * order, whether coroutines interleaved or ran one after the other, on how many threads, whether a
 * sleeper woke in time. Every failure message quotes the part of the timeline it is about, and every
 * failure of an ordering claim is an {@link OrderingClaimFailure}, the log assertions of {@link
 * #logs()} included.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TimelineAssert extends AbstractAssert<TimelineAssert, Timeline> {

  public TimelineAssert(Timeline actual) {
    super(actual, TimelineAssert.class);
  }

  /**
   * The post-style log's messages (without times), for AssertJ's list assertions such as {@code
   * containsExactly}; the description quotes the log with its times.
   */
  public ListAssert<String> logs() {
    isNotNull();
    return OrderingClaimFailure.listAssert(actual.logs())
        .as("post-style log:%n%s%n", indent(actual.postStyleLog()));
  }

  /** Asserts that every event was recorded by one and the same thread. */
  public TimelineAssert allOnOneThread() {
    isNotNull();
    if (actual.threadIds().size() != 1) {
      List<String> firstPerThread = new ArrayList<>();
      actual.threadIds().forEach(id -> actual.events().stream()
          .filter(e -> e.threadId() == id).findFirst()
          .ifPresent(e -> firstPerThread.add("thread " + id + " first at: " + e.describe())));
      failOrdering("Expected every event on one thread, but %d threads recorded events:%n%s",
          actual.threadIds().size(), indent(String.join(System.lineSeparator(), firstPerThread)));
    }
    return this;
  }

  /** Asserts that the loop switched from one coroutine to another at least {@code minimum} times. */
  public TimelineAssert switchedAtLeast(int minimum) {
    isNotNull();
    if (actual.switches() < minimum) {
      failOrdering("Expected at least %d switches between coroutines, but there were %d:%n%s",
          minimum, actual.switches(), indent(actual.describe()));
    }
    return this;
  }

  /**
   * Asserts that {@code first} and {@code second} interleaved: one of them got the thread back while
   * the other was unfinished (running order a, b, a or b, a, b).
   */
  public TimelineAssert interleaves(String first, String second) {
    isNotNull();
    List<String> order = runningOrder(first, second);
    boolean interleaved = false;
    for (int i = 2; i < order.size() && !interleaved; i++) {
      interleaved = order.get(i).equals(order.get(i - 2));
    }
    if (!interleaved) {
      failOrdering("Expected %s and %s to interleave, but they ran as %s:%n%s",
          first, second, order, indent(Timeline.describe(eventsOf(first, second))));
    }
    return this;
  }

  /**
   * Asserts that each task ended before the next one in {@code tasks} first ran: no interleaving at
   * all.
   */
  public TimelineAssert ranSequentially(String... tasks) {
    isNotNull();
    for (int i = 1; i < tasks.length; i++) {
      int lastOfPrevious = lastEvent(tasks[i - 1]);
      int firstOfNext = firstRun(tasks[i]);
      if (lastOfPrevious < 0 || firstOfNext < 0 || lastOfPrevious > firstOfNext) {
        failOrdering("Expected %s to run one after the other, but %s%n%s",
            Arrays.toString(tasks),
            lastOfPrevious < 0 || firstOfNext < 0
                ? "the timeline has no events of " + (lastOfPrevious < 0 ? tasks[i - 1] : tasks[i]) + ":"
                : tasks[i] + " started before " + tasks[i - 1] + " ended:",
            indent(Timeline.describe(eventsOf(tasks[i - 1], tasks[i]))));
      }
    }
    return this;
  }

  /** Asserts that the log line {@code earlier} was printed before the log line {@code later}. */
  public TimelineAssert happenedBefore(String earlier, String later) {
    isNotNull();
    int first = actual.indexOfLog(earlier);
    int second = actual.indexOfLog(later);
    if (first < 0 || second < 0) {
      failOrdering("Expected log line \"%s\" before \"%s\", but \"%s\" was never logged. The log:%n%s",
          earlier, later, first < 0 ? earlier : later, indent(actual.postStyleLog()));
    } else if (first > second) {
      failOrdering("Expected log line \"%s\" before \"%s\", but it came after it:%n%s",
          earlier, later, indent(Timeline.describe(actual.slice(second, first + 1))));
    }
    return this;
  }

  /**
   * Asserts that no coroutine held the loop's thread longer than {@code limit} in one stretch: a
   * responsive loop. Only stretches past the run's stall threshold are recorded, so a limit below it
   * is that threshold.
   */
  public TimelineAssert noStallLongerThan(Duration limit) {
    isNotNull();
    for (Stall stall : actual.stalls()) {
      if (stall.held().compareTo(limit) > 0) {
        failWithMessage("%s", "Expected no coroutine to hold the loop for longer than " + limit.toMillis()
            + " ms, but " + actual.describe(stall));
      }
    }
    return this;
  }

  /**
   * Asserts that every sleep of {@code task} ended within {@code lag} of its deadline: the sleeper
   * got the thread back no later than that (REAL clock: timer lag plus whatever held the thread).
   */
  public TimelineAssert wokeWithin(String task, Duration lag) {
    isNotNull();
    List<WakeUp> wakeUps = actual.task(task).wakeUps();
    if (wakeUps.isEmpty()) {
      failWithMessage("%s", "Expected " + task + " to wake from a sleep within " + lag + ", but it never woke from one:"
          + System.lineSeparator() + indent(Timeline.describe(actual.task(task).events())));
    }
    for (WakeUp wakeUp : wakeUps) {
      if (wakeUp.lag().compareTo(lag) > 0) {
        failWithMessage("%s", String.format(Locale.ROOT, "Expected %s to wake within %.3f ms of each deadline, but"
                + " its sleep of %s due at %s resumed %.3f ms late:%n%s", task, lag.toNanos() / 1e6, wakeUp.slept(),
            Duration.ofNanos(wakeUp.deadlineNanos()), wakeUp.lag().toNanos() / 1e6,
            indent(Timeline.describe(actual.slice(wakeUp.resumeSequence() - 5, wakeUp.resumeSequence() + 1)))));
      }
    }
    return this;
  }

  /**
   * Asserts that each sleep of {@code sleeper} ended with at most {@code stretches} stretches of
   * {@code other} run after the one across its deadline ({@link TaskTimeline#stretchesAfterDeadline}): a
   * sleeper can only wake when the one holding the thread yields, so this is its lag counted in turns,
   * which no machine's speed can change. Fails too when {@code other} did not yield between the
   * deadline and the wake-up.
   */
  public TimelineAssert wokeWithinStretchesOf(String sleeper, String other, int stretches) {
    isNotNull();
    for (WakeUp wakeUp : actual.task(sleeper).wakeUps()) {
      int after = actual.task(other).stretchesAfterDeadline(wakeUp);
      if (after < 0 || after > stretches) {
        failOrdering("%s", "Expected " + sleeper + " to wake within " + stretches + " stretch(es) of " + other
            + " after the one across its deadline, but " + (after < 0 ? other + " did not yield between the deadline and"
            + " the wake-up" : after + " ran") + ":" + System.lineSeparator() + indent(actual.describe()));
      }
    }
    return this;
  }

  /**
   * Asserts that {@code task} started and ended while {@code outer} was alive: between {@code outer}'s
   * first run and its end (as io_task inside cpu_heavy, claim C3).
   */
  public TimelineAssert ranInside(String task, String outer) {
    isNotNull();
    int outerStart = firstRun(outer);
    int innerStart = firstRun(task);
    if (outerStart < 0 || innerStart < 0 || innerStart < outerStart || lastEvent(task) > lastEvent(outer)) {
      failOrdering("%s", "Expected " + task + " to run inside " + outer + ", from after its start to before its end, but"
          + " it did not:" + System.lineSeparator() + indent(Timeline.describe(eventsOf(task, outer))));
    }
    return this;
  }

  /**
   * Asserts that queue {@code queue} never held more than {@code most} items after any put or get,
   * and that it was used at all: backpressure keeps a bounded queue within its capacity.
   */
  public TimelineAssert queueNeverLongerThan(String queue, int most) {
    isNotNull();
    List<QueueLength> lengths = actual.primitives().queueLengths(queue);
    if (lengths.isEmpty()) {
      failOrdering("%s", "Expected queue '" + queue + "' to be used, but the timeline has no put or get of it");
    }
    for (QueueLength length : lengths) {
      if (length.length() > most) {
        failOrdering("%s", "Expected queue '" + queue + "' never to hold more than " + most + " items, but it held "
            + length.length() + " after " + length.task() + "'s put:" + System.lineSeparator()
            + indent(Timeline.describe(actual.slice(length.sequence() - 5, length.sequence() + 1))));
      }
    }
    return this;
  }

  /** Asserts that queue {@code queue} held {@code length} items at some point: e.g. an unbounded queue grew to the whole batch. */
  public TimelineAssert queueReached(String queue, int length) {
    isNotNull();
    if (actual.primitives().maxQueueLength(queue) < length) {
      failOrdering("%s", "Expected queue '" + queue + "' to reach " + length + " items, but it held at most "
          + actual.primitives().maxQueueLength(queue) + "; its lengths were " + actual.primitives().queueLengths(queue).stream()
          .map(QueueLength::length).toList());
    }
    return this;
  }

  /**
   * Asserts that no two tasks ever held lock {@code lock} at once, and that it was held at all: what a
   * lock is for, read from its hold intervals.
   */
  public TimelineAssert lockHeldByOneTaskAtATime(String lock) {
    isNotNull();
    List<LockHold> holds = actual.primitives().lockHolds(lock);
    if (holds.isEmpty()) {
      failOrdering("%s", "Expected lock '" + lock + "' to be held, but the timeline has no acquire of it");
    }
    for (int i = 1; i < holds.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (holds.get(i).overlaps(holds.get(j))) {
          failOrdering("%s", "Expected lock '" + lock + "' to be held by one task at a time, but " + holds.get(j)
              + " overlaps " + holds.get(i));
        }
      }
    }
    return this;
  }

  /** Fails with an {@link OrderingClaimFailure}: AssertJ's failure, typed. */
  private void failOrdering(String format, Object... arguments) {
    try {
      failWithMessage(format, arguments);
    } catch (OrderingClaimFailure typed) {
      throw typed;
    } catch (AssertionError failure) {
      throw OrderingClaimFailure.of(failure);
    }
  }

  private List<String> runningOrder(String first, String second) {
    List<String> order = new ArrayList<>();
    for (TimelineEvent event : actual.events()) {
      // A virtual thread's lane runs from each time it is mounted (WORKER_RUN), as a coroutine from each resume.
      boolean runs = event.kind() == EventKind.START || event.kind() == EventKind.RESUME || event.kind() == EventKind.WORKER_RUN;
      boolean ours = event.task().equals(first) || event.task().equals(second);
      if (runs && ours && (order.isEmpty() || !order.getLast().equals(event.task()))) {
        order.add(event.task());
      }
    }
    return order;
  }

  private int lastEvent(String task) {
    List<TimelineEvent> events = actual.task(task).events();
    return events.isEmpty() ? -1 : events.getLast().sequence();
  }

  private int firstRun(String task) {
    return actual.task(task).events().stream()
        .filter(e -> e.kind() != EventKind.SPAWN)
        .mapToInt(TimelineEvent::sequence)
        .findFirst()
        .orElse(-1);
  }

  private List<TimelineEvent> eventsOf(String first, String second) {
    return actual.events().stream()
        .filter(e -> e.task().equals(first) || e.task().equals(second))
        .toList();
  }

  private static String indent(String text) {
    return "  " + text.replace(System.lineSeparator(), System.lineSeparator() + "  ");
  }
}
