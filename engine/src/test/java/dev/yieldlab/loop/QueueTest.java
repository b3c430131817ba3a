package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.sync.QueueClosedException;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Queues")
class QueueTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);

  @Test
  @DisplayName("a bounded queue paces its producer at its consumer's rate and never holds more than its capacity")
  void backpressure() {
    List<String> got = loop.run("main", () -> {
      Queue<Integer> jobs = loop.queue("jobs", 2);
      List<String> received = new ArrayList<>();
      Task<Void> producer = loop.spawn("producer", () -> {
        for (int i = 0; i < 6; i++) {
          jobs.put(i);
        }
        jobs.close();
      });
      Task<Void> consumer = loop.spawn("consumer", () -> {
        for (int item : jobs.items()) {
          loop.sleep(Duration.ofSeconds(1));
          received.add(item + "@" + loop.elapsed().toSeconds());
        }
      });
      loop.gather(producer, consumer);
      return received;
    });
    assertThat(got).containsExactly("0@1", "1@2", "2@3", "3@4", "4@5", "5@6");
    assertThat(loop.timeline().primitives().queueLengths("jobs")).allSatisfy(sample -> assertThat(sample.length()).isBetween(0, 2));
    assertThat(loop.timeline().events()).filteredOn(e -> e.kind() == EventKind.WAIT && e.task().equals("producer"))
        .extracting(TimelineEvent::detail).first().isEqualTo("waits for queue 'jobs' (full, 2 of 2)");
  }

  @Test
  @DisplayName("getters are served in the order they came, and a newcomer never overtakes a woken getter")
  void fifoGetters() {
    List<String> order = loop.run("main", () -> {
      Queue<String> q = loop.queue("q", 5);
      List<String> served = new ArrayList<>();
      List<Task<?>> getters = new ArrayList<>();
      for (String name : List.of("g1", "g2", "g3")) {
        getters.add(loop.spawn(name, () -> served.add(name + "=" + q.get())));
      }
      loop.yieldNow(); // all three wait
      q.put("a");
      q.put("b");
      // A newcomer polling now finds nothing: both items are handed to g1 and g2, who have not run yet.
      served.add("poll=" + q.poll());
      q.put("c");
      loop.gather(getters.toArray(Task<?>[]::new));
      return served;
    });
    assertThat(order).containsExactly("poll=null", "g1=a", "g2=b", "g3=c");
  }

  @Test
  @DisplayName("a get cancelled after it was handed an item takes nothing: the item goes to the next getter")
  void cancelledGetTakesNothing() {
    List<String> got = loop.run("main", () -> {
      Queue<String> q = loop.queue("q", 1);
      List<String> served = new ArrayList<>();
      Task<String> first = loop.spawn("first", q::get);
      Task<Boolean> second = loop.spawn("second", () -> served.add("second=" + q.get()));
      loop.yieldNow();
      q.put("only"); // handed to 'first', which has not run yet
      first.cancel("too late");
      assertThatThrownBy(first::join).isInstanceOf(TaskCancelledException.class).hasMessageContaining("too late");
      second.join();
      served.add("left=" + q.size());
      return served;
    });
    assertThat(got).containsExactly("second=only", "left=0");
  }

  @Test
  @DisplayName("a cancelled get with nobody else waiting puts its item back in front: nothing is lost or duplicated")
  void cancelledGetPutsBack() {
    List<Object> got = loop.run("main", () -> {
      Queue<String> q = loop.queue("q", 2);
      Task<String> getter = loop.spawn("getter", q::get);
      loop.yieldNow();
      q.put("x");
      q.put("y");
      getter.cancel();
      loop.yieldNow();
      return List.of(q.size(), q.get(), q.get());
    });
    assertThat(got).containsExactly(2, "x", "y");
  }

  @Test
  @DisplayName("a put cancelled after it was given a slot inserts nothing and passes the slot on")
  void cancelledPutInsertsNothing() {
    List<String> got = loop.run("main", () -> {
      Queue<String> q = loop.queue("q", 1);
      q.put("first");
      Task<Void> cancelled = loop.spawn("cancelledPutter", () -> q.put("never"));
      Task<Void> next = loop.spawn("nextPutter", () -> q.put("next"));
      loop.yieldNow(); // both wait: the queue is full
      String a = q.get(); // frees the slot for cancelledPutter, who has not run yet
      cancelled.cancel();
      next.join();
      return List.of(a, q.get(), String.valueOf(q.poll()));
    });
    assertThat(got).containsExactly("first", "next", "null");
  }

  @Test
  @DisplayName("join waits until every item put has been marked done")
  void joinWaitsForTaskDone() {
    long doneAt = loop.run("main", () -> {
      Queue<Integer> q = loop.queue("work");
      loop.spawn("worker", () -> {
        while (true) {
          q.get();
          loop.sleep(Duration.ofSeconds(1));
          q.taskDone();
        }
      });
      for (int i = 0; i < 3; i++) {
        q.put(i);
      }
      q.join();
      return loop.elapsed().toSeconds();
    });
    assertThat(doneAt).isEqualTo(3);
  }

  @Test
  @DisplayName("closing fails waiting putters and later puts, and lets getters drain what is left, then fail")
  void closeDrainsThenFails() {
    List<String> got = loop.run("main", () -> {
      Queue<String> q = loop.queue("q", 1);
      q.put("left");
      Task<Void> putter = loop.spawn("putter", () -> q.put("blocked"));
      loop.yieldNow();
      q.close();
      List<String> seen = new ArrayList<>();
      seen.add(q.get());
      assertThatThrownBy(putter::join).isInstanceOf(QueueClosedException.class)
          .hasMessageContaining("queue 'q'.put() in task 'putter': the queue is closed");
      assertThatThrownBy(q::get).isInstanceOf(QueueClosedException.class).hasMessageContaining("closed and empty");
      assertThatThrownBy(() -> q.put("late")).isInstanceOf(QueueClosedException.class);
      return seen;
    });
    assertThat(got).containsExactly("left");
  }

  @Test
  @DisplayName("LIFO queues give the newest item first, priority queues the least, equal ones in FIFO order")
  void lifoAndPriority() {
    List<Object> got = loop.run("main", () -> {
      Queue<String> lifo = loop.lifoQueue("stack", Queue.UNBOUNDED);
      Queue<int[]> byPriority = loop.priorityQueue("urgent", 10, Comparator.comparingInt(a -> a[0]));
      List<Object> out = new ArrayList<>();
      for (String s : List.of("a", "b", "c")) {
        lifo.put(s);
      }
      byPriority.put(new int[] {2, 0});
      byPriority.put(new int[] {1, 1});
      byPriority.put(new int[] {2, 2});
      byPriority.put(new int[] {1, 3});
      for (int i = 0; i < 3; i++) {
        out.add(lifo.get());
      }
      for (int i = 0; i < 4; i++) {
        out.add(byPriority.get()[1]);
      }
      return out;
    });
    assertThat(got).containsExactly("c", "b", "a", 1, 3, 0, 2);
  }

  @Test
  @DisplayName("a capacity of 0 or less is refused at creation, naming the value")
  void badCapacity() {
    loop.run("main", () -> {
      assertThatThrownBy(() -> loop.queue("jobs", 0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("loop.queue(\"jobs\", 0): a queue's capacity must be at least 1; use loop.queue(\"jobs\") or"
              + " Queue.UNBOUNDED for a queue without one");
      assertThatThrownBy(() -> loop.lifoQueue("stack", -3)).hasMessageStartingWith("loop.lifoQueue(\"stack\", -3)");
      return null;
    });
  }

  @Test
  @DisplayName("taskDone more often than items were put fails naming the queue and the task")
  void taskDoneTooOften() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      Queue<String> q = loop.queue("work");
      q.put("one");
      q.get();
      q.taskDone();
      q.taskDone();
      return null;
    });
    assertThat(thrown).isInstanceOf(IllegalStateException.class)
        .hasMessage("queue 'work'.taskDone() in task 'main': every item put has been marked done already; call it once"
            + " per item taken with get()");
  }
}
