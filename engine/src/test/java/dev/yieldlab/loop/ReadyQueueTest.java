package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ready queue's ring: FIFO through growth and wrap-around, and taking from any position in order. */
@DisplayName("The ready queue")
class ReadyQueueTest {

  private final LoopCore loop = new LoopCore(ClockKind.VIRTUAL, null, EventLoop.DEFAULT_STALL_THRESHOLD, RunIdentity.NONE);

  private List<CoroutineTask<?>> tasks(int n) {
    List<CoroutineTask<?>> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tasks.add(new CoroutineTask<>(loop, "t" + i, () -> null, i));
    }
    return tasks;
  }

  @Test
  @DisplayName("keeps FIFO order when it grows with its head wrapped around")
  void growsAcrossTheWrap() {
    ReadyQueue queue = new ReadyQueue();
    List<CoroutineTask<?>> tasks = tasks(40);
    for (int i = 0; i < 10; i++) {
      queue.add(tasks.get(i));
    }
    for (int i = 0; i < 7; i++) {
      assertThat(queue.poll()).isSameAs(tasks.get(i)); // the head moves on: later adds wrap around
    }
    for (int i = 10; i < 40; i++) {
      queue.add(tasks.get(i)); // grows twice, with the head in the middle of the ring
    }
    List<CoroutineTask<?>> out = new ArrayList<>();
    for (CoroutineTask<?> task = queue.poll(); task != null; task = queue.poll()) {
      out.add(task);
    }
    assertThat(out).containsExactlyElementsOf(tasks.subList(7, 40));
  }

  @Test
  @DisplayName("takes a task from the middle, and removes one by identity, keeping the others' order")
  void removeAtAndRemove() {
    ReadyQueue queue = new ReadyQueue();
    List<CoroutineTask<?>> tasks = tasks(20);
    tasks.subList(0, 12).forEach(queue::add);
    for (int i = 0; i < 10; i++) {
      queue.poll();
    }
    tasks.subList(12, 20).forEach(queue::add); // head at 10 of 16: the ring wraps
    assertThat(queue.removeAt(3)).isSameAs(tasks.get(13));
    queue.remove(tasks.get(18));
    assertThat(queue.get(0)).isSameAs(tasks.get(10));
    List<CoroutineTask<?>> out = new ArrayList<>();
    for (CoroutineTask<?> task = queue.poll(); task != null; task = queue.poll()) {
      out.add(task);
    }
    assertThat(out).containsExactly(tasks.get(10), tasks.get(11), tasks.get(12), tasks.get(14), tasks.get(15),
        tasks.get(16), tasks.get(17), tasks.get(19));
  }
}
