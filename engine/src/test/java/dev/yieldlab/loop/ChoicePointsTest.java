package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.sync.Lock;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The loop's choice points, as an explored run sees them: a chooser that always takes candidate 0
 * runs every run exactly as the loop runs it unexplored (the FIFO schedule is the run), and the
 * other candidates are the orders the loop's semantics leave open: ready tasks, and a due timeout
 * beside a task ready at the same instant.
 */
@DisplayName("The loop's choice points")
class ChoicePointsTest {

  /** Takes FIFO's choice everywhere and counts the points; optionally delays every timer by {@code jitter}. */
  static final class Fifo implements ScheduleChooser {
    int orderPoints;
    final List<Integer> candidates = new ArrayList<>();

    @Override
    public int choose(ChoiceCandidates offered) {
      orderPoints++;
      candidates.add(offered.size());
      return 0;
    }

    @Override
    public long jitterNanos() {
      return 0;
    }
  }

  /** Scenarios that touch every kind of choice: yields, equal deadlines, timeouts, a queue, a lock, select, cancellation. */
  static Map<String, Function<Loop, Object>> scenarios() {
    Map<String, Function<Loop, Object>> scenarios = new LinkedHashMap<>();
    scenarios.put("round robin", loop -> {
      Task<?>[] tasks = new Task<?>[3];
      for (int t = 0; t < 3; t++) {
        tasks[t] = loop.spawn("t" + t, () -> {
          loop.yieldNow();
          loop.yieldNow();
          return null;
        });
      }
      return loop.gather(tasks);
    });
    scenarios.put("equal deadlines and a timeout due with them", loop -> {
      Queue<String> queue = loop.queue("q");
      Task<?> consumer = loop.spawn("consumer", () -> {
        try {
          return loop.withTimeout("get", Duration.ofMillis(100), queue::get);
        } catch (TimeoutExpiredException expired) {
          return "timed out";
        }
      });
      Task<?> producer = loop.spawn("producer", () -> {
        loop.sleep(Duration.ofMillis(100));
        queue.put("item");
        return null;
      });
      Task<?> sleeper = loop.spawn("sleeper", () -> {
        loop.sleep(Duration.ofMillis(100));
        return null;
      });
      return loop.gather(consumer, producer, sleeper) + " left " + queue.size();
    });
    scenarios.put("a lock, a cancellation, a select with a timeout", loop -> {
      Lock lock = loop.lock("l");
      Queue<String> queue = loop.queue("q");
      Task<?> holder = loop.spawn("holder", () -> lock.withLock(() -> {
        loop.sleep(Duration.ofMillis(50));
        return "held";
      }));
      Task<?> waiter = loop.spawn("waiter", () -> lock.withLock(() -> "got it"));
      Task<?> chooser = loop.spawn("chooser", () -> loop.<String>select("pick")
          .onGet(queue, item -> item).onTimeout(Duration.ofMillis(50), () -> "nothing").await());
      loop.sleep(Duration.ofMillis(10));
      waiter.cancel("no longer needed");
      loop.sleep(Duration.ofMillis(100));
      return List.of(holder.join(), chooser.join());
    });
    return scenarios;
  }

  @Test
  @DisplayName("always taking candidate 0 runs each scenario exactly as the unexplored loop runs it")
  void fifoChoicesAreTheUnexploredRun() {
    scenarios().forEach((name, body) -> {
      EventLoop plain = new EventLoop(ClockKind.VIRTUAL);
      Object plainValue = plain.run("main", () -> body.apply(plain));
      EventLoop explored = new EventLoop(ClockKind.VIRTUAL);
      Fifo fifo = new Fifo();
      explored.explore(fifo);
      Object exploredValue = explored.run("main", () -> body.apply(explored));
      assertThat(exploredValue).as(name).isEqualTo(plainValue);
      assertThat(describe(explored.timeline().events())).as(name).isEqualTo(describe(plain.timeline().events()));
      assertThat(fifo.orderPoints).as(name + ": choice points").isPositive();
    });
  }

  @Test
  @DisplayName("a timeout and a sleeper due at the same instant are both candidates: either may go first")
  void aDueTimeoutIsACandidateBesideTheWokenTask() {
    List<String> outcomes = new ArrayList<>();
    for (boolean producerFirst : List.of(false, true)) {
      EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
      loop.explore(new ScheduleChooser() {
        /** While the timeout is due, the producer's wake-up and then the producer go before it, or not at all. */
        @Override
        public int choose(ChoiceCandidates offered) {
          for (int i = 0; producerFirst && offered.timers() > 0 && i < offered.size(); i++) {
            if (offered.taskName(i).equals("producer") && !offered.describe(i).startsWith("timeout")) {
              return i;
            }
          }
          return 0;
        }

        @Override
        public long jitterNanos() {
          return 0;
        }
      });
      outcomes.add(String.valueOf(loop.run("main", () -> scenarios().get("equal deadlines and a timeout due with them")
          .apply(loop))));
    }
    assertThat(outcomes).containsExactly("[timed out, null, null] left 1", "[item, null, null] left 0");
  }

  @Test
  @DisplayName("a chooser's jitter delays each timer it is asked for, and the loop asks for every timer set")
  void jitterDelaysTimers() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    long[] asked = {0};
    loop.explore(new ScheduleChooser() {
      @Override
      public int choose(ChoiceCandidates offered) {
        return 0;
      }

      @Override
      public long jitterNanos() {
        asked[0]++;
        return 250_000;
      }
    });
    loop.run("main", () -> {
      loop.sleep(Duration.ofMillis(1));
      loop.sleep(Duration.ofMillis(1));
      return null;
    });
    assertThat(asked[0]).isEqualTo(2);
    assertThat(loop.timeline().task("main").events().stream().filter(e -> e.kind() == EventKind.WAKE).map(TimelineEvent::nanos))
        .containsExactly(1_250_000L, 2_500_000L);
  }

  @Test
  @DisplayName("an explored loop is on the VIRTUAL clock and set before it runs")
  void exploreOnlyVirtualBeforeRun() {
    EventLoop real = new EventLoop(ClockKind.REAL);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> real.explore(new Fifo()))
        .hasMessageContaining("VIRTUAL clock").hasMessageContaining("REAL");
  }

  private static List<String> describe(List<TimelineEvent> events) {
    return events.stream().map(TimelineEvent::describe).toList();
  }
}
