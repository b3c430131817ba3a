package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task scopes, first-of-N and select")
class ScopeAndSelectTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);

  @Test
  @DisplayName("a scope waits for every child before it returns: no child outlives it")
  void childrenDoNotOutliveTheScope() {
    long endedAt = loop.run("main", () -> {
      int children = loop.scope(scope -> {
        scope.spawn("slow", () -> loop.sleep(Duration.ofSeconds(3)));
        scope.spawn("quick", () -> loop.sleep(Duration.ofSeconds(1)));
        return 2;
      });
      assertThat(children).isEqualTo(2);
      return loop.elapsed().toSeconds();
    });
    assertThat(endedAt).isEqualTo(3);
  }

  @Test
  @DisplayName("the first child to fail cancels its siblings and the scope's body, and is rethrown with the others' failures suppressed")
  void firstFailureCancelsTheRest() {
    IllegalStateException first = new IllegalStateException("first");
    IOException second = new IOException("failed while cancelled");
    List<String> log = new ArrayList<>();
    Throwable thrown = FailedRuns.failureOf(loop, () -> loop.scope(scope -> {
      scope.spawn("fails", () -> {
        loop.sleep(Duration.ofSeconds(1));
        throw first;
      });
      scope.spawn("badCleanup", () -> {
        try {
          loop.sleep(Duration.ofSeconds(10));
        } catch (TaskCancelledException cancelled) {
          log.add("badCleanup: " + cancelled.reason().orElseThrow());
          throw second;
        }
      });
      scope.spawn("sleeper", () -> loop.sleep(Duration.ofSeconds(10)));
      try {
        loop.sleep(Duration.ofSeconds(100));
      } catch (TaskCancelledException bodyInterrupted) {
        log.add("body: " + bodyInterrupted.reason().orElseThrow());
        throw bodyInterrupted;
      }
      return null;
    }));
    assertThat(thrown).isSameAs(first);
    assertThat(thrown.getSuppressed()).containsExactly(second);
    assertThat(log).containsExactly("badCleanup: its sibling 'fails' failed", "body: child 'fails' of its scope failed");
    assertThat(loop.elapsed()).isEqualTo(Duration.ofSeconds(1));
    assertThat(loop.timeline().task("sleeper").events()).extracting(TimelineEvent::kind).last().isEqualTo(EventKind.CANCEL);
  }

  @Test
  @DisplayName("a cancelled scope cancels its children and waits for their cleanup before the cancellation goes on")
  void cancelledScopeWaitsForChildren() {
    List<String> log = new ArrayList<>();
    loop.run("main", () -> {
      Task<Object> owner = loop.spawn("owner", () -> loop.scope(scope -> {
        scope.spawn("child", () -> {
          try {
            loop.sleep(Duration.ofSeconds(10));
          } finally {
            loop.shield(() -> { loop.sleep(Duration.ofSeconds(2)); return null; });
            log.add("child cleaned up at " + loop.elapsed().toSeconds());
          }
        });
        loop.sleep(Duration.ofSeconds(10));
        return null;
      }));
      loop.sleep(Duration.ofSeconds(1));
      owner.cancel("enough");
      assertThatThrownBy(owner::join).isInstanceOf(TaskCancelledException.class).hasMessageContaining("enough");
      log.add("owner ended at " + loop.elapsed().toSeconds());
      return null;
    });
    assertThat(log).containsExactly("child cleaned up at 3", "owner ended at 3");
  }

  @Test
  @DisplayName("firstCompleted returns the first task to end and leaves the others running; asCompleted gives them in order of ending")
  void firstAndAsCompleted() {
    List<String> log = loop.run("main", () -> {
      List<Task<String>> replies = new ArrayList<>();
      for (int seconds : new int[] {3, 1, 2}) {
        replies.add(loop.spawn("reply" + seconds, () -> {
          loop.sleep(Duration.ofSeconds(seconds));
          return "r" + seconds;
        }));
      }
      List<String> seen = new ArrayList<>();
      Task<String> first = loop.firstCompleted(replies);
      seen.add(first.join() + "@" + loop.elapsed().toSeconds() + ", others done: " + replies.get(0).isDone());
      for (Task<String> done : loop.asCompleted(replies)) {
        seen.add(done.join());
      }
      return seen;
    });
    assertThat(log).containsExactly("r1@1, others done: false", "r1", "r2", "r3");
  }

  @Test
  @DisplayName("select takes the first clause that can go; the queue of a clause not chosen keeps its item")
  void select() {
    List<String> log = loop.run("main", () -> {
      Queue<String> fast = loop.queue("fast", 1);
      Queue<String> slow = loop.queue("slow", 1);
      loop.spawn("fastProducer", () -> { loop.sleep(Duration.ofSeconds(1)); fast.put("f"); });
      loop.spawn("slowProducer", () -> { loop.sleep(Duration.ofSeconds(2)); slow.put("s"); });
      List<String> seen = new ArrayList<>();
      seen.add(loop.<String>select("first reply").onGet(slow, s -> "slow:" + s).onGet(fast, f -> "fast:" + f)
          .onTimeout(Duration.ofSeconds(5), () -> "timeout").await() + "@" + loop.elapsed().toSeconds());
      seen.add(loop.<String>select("nothing in time").onGet(fast, f -> "fast:" + f)
          .onTimeout(Duration.ofSeconds(1), () -> "timeout").await() + "@" + loop.elapsed().toSeconds());
      loop.sleep(Duration.ofSeconds(1));
      seen.add("slow kept " + slow.poll());
      return seen;
    });
    assertThat(log).containsExactly("fast:f@1", "timeout@2", "slow kept s");
    assertThat(loop.timeline().task("main").events()).extracting(TimelineEvent::detail)
        .contains("waits for select 'first reply' (the first of 3 clauses)");
  }

  @Test
  @DisplayName("when two clauses become ready before the select runs, the second one's queue keeps its item")
  void declinedClauseKeepsItsItem() {
    List<String> log = loop.run("main", () -> {
      Queue<String> a = loop.queue("a");
      Queue<String> b = loop.queue("b");
      Task<String> selector = loop.spawn("selector",
          () -> loop.<String>select("either").onGet(a, x -> x).onGet(b, x -> x).await());
      loop.yieldNow();
      a.put("from a");
      b.put("from b"); // the select already chose 'a': this item stays in 'b'
      return List.of(selector.join(), b.size() + " left in b");
    });
    assertThat(log).containsExactly("from a", "1 left in b");
  }

  @Test
  @DisplayName("when several clauses can go at once, select takes the first one added (Select's documented order), whatever its kind")
  void readyClausesGoInTheOrderAdded() {
    List<String> log = loop.run("main", () -> {
      Queue<String> first = loop.queue("first");
      Queue<String> second = loop.queue("second");
      Queue<String> third = loop.queue("third");
      first.put("1");
      second.put("2");
      third.put("3");
      var set = loop.event("set");
      set.set();
      List<String> seen = new ArrayList<>();
      seen.add(loop.<String>select("three queues").onGet(first, x -> "first:" + x).onGet(second, x -> "second:" + x)
          .onGet(third, x -> "third:" + x).await());
      seen.add(loop.<String>select("event before queue").onEvent(set, () -> "event").onGet(second, x -> "second:" + x)
          .await());
      seen.add(loop.<String>select("queue before event").onGet(third, x -> "third:" + x).onEvent(set, () -> "event")
          .await());
      seen.add("left: " + first.size() + " " + second.size() + " " + third.size());
      return seen;
    });
    assertThat(log).containsExactly("first:1", "event", "third:3", "left: 0 1 0");
  }
}
