package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.sync.Barrier;
import dev.yieldlab.api.sync.BarrierBrokenException;
import dev.yieldlab.api.sync.Condition;
import dev.yieldlab.api.sync.Deferred;
import dev.yieldlab.api.sync.Event;
import dev.yieldlab.api.sync.Semaphore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Events, deferreds, semaphores, conditions and barriers")
class SignallingPrimitivesTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);

  @Test
  @DisplayName("setting an event wakes every waiter; later waiters pass at once until it is cleared")
  void event() {
    List<String> log = loop.run("main", () -> {
      Event ready = loop.event("ready");
      List<String> seen = new ArrayList<>();
      Task<?> w1 = loop.spawn("w1", () -> { ready.await(); seen.add("w1@" + loop.elapsed().toSeconds()); });
      Task<?> w2 = loop.spawn("w2", () -> { ready.await(); seen.add("w2@" + loop.elapsed().toSeconds()); });
      loop.sleep(Duration.ofSeconds(2));
      ready.set();
      loop.gather(w1, w2);
      ready.await(); // set: passes at once
      ready.clear();
      seen.add("cleared=" + !ready.isSet());
      return seen;
    });
    assertThat(log).containsExactly("w1@2", "w2@2", "cleared=true");
  }

  @Test
  @DisplayName("a deferred hands its value, its failure or its cancellation's reason to every waiter")
  void deferred() {
    List<Object> got = loop.run("main", () -> {
      Deferred<String> reply = loop.deferred("reply");
      Deferred<String> broken = loop.deferred("broken");
      Deferred<String> dropped = loop.deferred("dropped");
      Task<String> waiter = loop.spawn("waiter", reply::await);
      loop.spawn("server", () -> {
        loop.sleep(Duration.ofSeconds(1));
        reply.complete("pong");
        broken.fail(new IllegalStateException("server down"));
        dropped.cancel("client gave up");
      });
      List<Object> out = new ArrayList<>();
      out.add(waiter.join());
      assertThatThrownBy(broken::await).hasMessage("server down");
      assertThatThrownBy(dropped::await).isInstanceOf(TaskCancelledException.class)
          .hasMessageContaining("client gave up");
      out.add(reply.complete("again"));
      return out;
    });
    assertThat(got).containsExactly("pong", false);
  }

  @Test
  @DisplayName("a semaphore lets N in at a time, hands a released permit to the longest waiter, and a bounded one refuses an extra release")
  void semaphore() {
    List<String> log = loop.run("main", () -> {
      Semaphore db = loop.boundedSemaphore("db", 2);
      List<String> seen = new ArrayList<>();
      List<Task<?>> users = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String name = "u" + i;
        users.add(loop.spawn(name, () -> db.withPermit(() -> {
          seen.add(name + "@" + loop.elapsed().toSeconds());
          loop.sleep(Duration.ofSeconds(1));
          return null;
        })));
      }
      loop.gather(users.toArray(Task<?>[]::new));
      assertThatThrownBy(db::release).hasMessageContaining("all its 2 permits are free already");
      return seen;
    });
    assertThat(log).containsExactly("u0@0", "u1@0", "u2@1", "u3@1");
  }

  @Test
  @DisplayName("negative permits and a barrier of 0 parties are refused at creation, naming the value")
  void badCounts() {
    loop.run("main", () -> {
      assertThatThrownBy(() -> loop.semaphore("db", -1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("loop.semaphore(\"db\", -1): a semaphore cannot start with a negative number of permits; give 0 or"
              + " more");
      assertThatThrownBy(() -> loop.barrier("start", 0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("loop.barrier(\"start\", 0): a barrier needs at least 1 party (the number of coroutines that meet"
              + " at it)");
      return null;
    });
  }

  @Test
  @DisplayName("a condition releases its lock while waiting, takes it again before returning, and a signal wakes one waiter")
  void condition() {
    List<String> log = loop.run("main", () -> {
      Condition nonEmpty = loop.condition("nonEmpty");
      List<Integer> items = new ArrayList<>();
      List<String> seen = new ArrayList<>();
      Task<?> consumer = loop.spawn("consumer", () -> nonEmpty.lock().withLock(() -> {
        nonEmpty.awaitUntil(() -> !items.isEmpty());
        seen.add("took " + items.removeFirst() + ", holding=" + nonEmpty.lock().owner().orElseThrow());
      }));
      loop.sleep(Duration.ofSeconds(1));
      nonEmpty.lock().withLock(() -> {
        items.add(7);
        nonEmpty.signal();
      });
      consumer.join();
      return seen;
    });
    assertThat(log).containsExactly("took 7, holding=consumer");
  }

  @Test
  @DisplayName("a condition used without holding its lock fails naming the task and the lock")
  void conditionWithoutLock() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      loop.condition("c").signal();
      return null;
    });
    assertThat(thrown).hasMessageStartingWith("condition 'c'.signal() in task 'main', which does not hold lock 'c.lock'");
  }

  @Test
  @DisplayName("a barrier lets its parties go on together with their arrival indices, and an aborted one fails its waiters")
  void barrier() {
    List<String> log = loop.run("main", () -> {
      Barrier start = loop.barrier("start", 3);
      List<String> seen = new ArrayList<>();
      List<Task<?>> runners = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        String name = "r" + i;
        int delay = i;
        runners.add(loop.spawn(name, () -> {
          loop.sleep(Duration.ofSeconds(delay));
          int index = start.await();
          seen.add(name + "#" + index + "@" + loop.elapsed().toSeconds());
        }));
      }
      loop.gather(runners.toArray(Task<?>[]::new));
      Barrier never = loop.barrier("never", 2);
      Task<Integer> stuck = loop.spawn("stuck", never::await);
      loop.yieldNow();
      never.abort();
      assertThatThrownBy(stuck::join).isInstanceOf(BarrierBrokenException.class);
      return seen;
    });
    assertThat(log).containsExactly("r2#2@2", "r0#0@2", "r1#1@2");
  }
}
