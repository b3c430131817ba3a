package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.TimeoutExpiredException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The timer heap (keys packed with their payload's slot)")
class TimerHeapTest {

  /** What the heap must agree with: a PriorityQueue of (deadline, sequence, payload). */
  private record Entry(long deadline, long sequence, String payload) {}

  private static final Comparator<Entry> ORDER =
      Comparator.comparingLong(Entry::deadline).thenComparingLong(Entry::sequence);

  @Test
  @DisplayName("adds, polls and removeIf in any mix give (deadline, sequence) order, ties in insertion order, and no payload is lost or repeated")
  void agreesWithAReferenceQueue() {
    SplittableRandom random = new SplittableRandom(7);
    TimerHeap heap = new TimerHeap();
    PriorityQueue<Entry> reference = new PriorityQueue<>(ORDER);
    long sequence = 0;
    List<String> polled = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int round = 0; round < 200_000; round++) {
      int choice = random.nextInt(10);
      if (choice < 6) {
        long deadline = random.nextLong(50); // few distinct deadlines: ties everywhere
        String payload = "p" + sequence;
        heap.add(deadline, sequence, payload);
        reference.add(new Entry(deadline, sequence++, payload));
      } else if (choice < 9) {
        Entry due = reference.poll();
        Object got = heap.poll();
        assertThat(got).isEqualTo(due == null ? null : due.payload());
        if (due != null) {
          polled.add((String) got);
          expected.add(due.payload());
        }
      } else if (round % 97 == 0) {
        long cut = random.nextLong(Math.max(1, sequence));
        heap.removeIf((payload, entrySequence) -> entrySequence % 3 == 0 && entrySequence < cut);
        reference.removeIf(entry -> entry.sequence() % 3 == 0 && entry.sequence() < cut);
      }
      assertThat(heap.size()).isEqualTo(reference.size());
      if (!reference.isEmpty()) {
        assertThat(heap.peekDeadline()).isEqualTo(reference.peek().deadline());
        assertThat(heap.peekSequence()).isEqualTo(reference.peek().sequence());
        assertThat(heap.peekPayload()).isEqualTo(reference.peek().payload());
      }
    }
    for (Entry due = reference.poll(); due != null; due = reference.poll()) {
      assertThat(heap.poll()).isEqualTo(due.payload());
    }
    assertThat(heap.poll()).isNull();
    assertThat(heap.peekPayload()).isNull();
    assertThat(polled).isEqualTo(expected);
  }

  @Test
  @DisplayName("a sequence past the packed key's room fails naming the limit instead of misordering ties")
  void sequenceLimitIsAnError() {
    TimerHeap heap = new TimerHeap();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> heap.add(0, TimerHeap.MAX_SEQUENCE + 1, "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("timers in one run, its limit");
  }

  @Test
  @DisplayName("a sleep cut short leaves its entry in the heap, and that stale entry wakes nobody: the task's next sleeps end at their own deadlines")
  void staleSleepEntriesWakeNobody() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    List<String> log = new ArrayList<>();
    loop.run("main", () -> {
      try {
        loop.withTimeout("short", Duration.ofSeconds(1), () -> loop.sleep(Duration.ofSeconds(10)));
      } catch (TimeoutExpiredException expected) {
        log.add("cut at " + loop.elapsed().toMillis());
      }
      // The 10 s entry is still in the heap; a sleep to 30 s must not end at 10 s, and one that
      // ends before it (a 5 s sleep from 1 s) must end at 6 s.
      loop.sleep(Duration.ofSeconds(5));
      log.add("woke at " + loop.elapsed().toMillis());
      loop.sleep(Duration.ofSeconds(24));
      log.add("woke at " + loop.elapsed().toMillis());
      return null;
    });
    assertThat(log).containsExactly("cut at 1000", "woke at 6000", "woke at 30000");
  }
}
