package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.UnobservedFailures;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.sync.QueueClosedException;
import dev.yieldlab.api.timeline.EventKind;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A task that ends in a failure nobody observes is never lost: it fails the run at its end (kotlinx
 * fails the scope; asyncio logs "Task exception was never retrieved"), counted by the loop itself.
 */
@DisplayName("Task failures that nobody observes")
class UnobservedFailuresTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);

  @Test
  @DisplayName("a task that fails with nobody joining it fails the run at its end, naming the task and its exception")
  void unjoinedFailureFailsTheRun() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      loop.spawn("lonely", () -> {
        loop.sleep(Duration.ofSeconds(1));
        throw new IOException("disk full");
      });
      loop.sleep(Duration.ofSeconds(2));
      return "main's value";
    });
    assertThat(thrown).isInstanceOf(UnobservedFailureException.class)
        .hasMessageStartingWith("1 task ended with a failure that nobody observed (never joined, gathered, selected or"
            + " awaited in a scope; asyncio logs \"Task exception was never retrieved\", kotlinx fails the parent scope):"
            + " task 'lonely' failed with java.io.IOException: disk full. The run fails")
        .hasCauseInstanceOf(IOException.class);
    assertThat(((UnobservedFailureException) thrown).failures().count()).isOne();
    assertThat(loop.unobservedFailures().listed()).extracting(UnobservedFailures.Failed::task).containsExactly("lonely");
  }

  @Test
  @DisplayName("failures that reach a join (even a late one), a gather, a scope or a select are observed; cancellations are no failures")
  void observedFailuresAndCancellationsAreNotReported() {
    List<String> caught = loop.run("main", () -> {
      List<String> seen = new ArrayList<>();
      Task<Void> late = loop.spawn("late", () -> { throw new IllegalStateException("late"); });
      loop.sleep(Duration.ofSeconds(1)); // it has failed long before anyone joins it
      seen.add(catching(late::join));
      seen.add(catching(() -> loop.gather(loop.spawn("gathered", () -> { throw new IllegalStateException("g"); }),
          loop.spawn("sibling", () -> { throw new IllegalStateException("s"); }))));
      seen.add(catching(() -> loop.scope(scope -> scope.spawn("scoped", () -> { throw new IllegalStateException("c"); }))));
      Task<Void> selected = loop.spawn("selected", () -> { throw new IllegalStateException("x"); });
      seen.add(catching(() -> loop.<String>select("s").onJoin(selected, v -> "joined").await()));
      Task<Void> sleeper = loop.spawn("cancelled", () -> loop.sleep(Duration.ofHours(1)));
      Task<Void> joinsIt = loop.spawn("passes the cancellation on", sleeper::join);
      loop.yieldNow();
      sleeper.cancel("not needed");
      loop.sleep(Duration.ofSeconds(1));
      seen.add(joinsIt.isDone() + "");
      return seen;
    });
    assertThat(caught).containsExactly("late", "g", "c", "x", "true");
    assertThat(loop.unobservedFailures().isEmpty()).isTrue();
  }

  @Test
  @DisplayName("when main fails too, main's failure is the run's, with the unobserved ones suppressed in it")
  void mainFailsToo() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      loop.spawn("lonely", () -> { throw new IllegalStateException("lonely"); });
      loop.yieldNow();
      throw new IOException("main's own");
    });
    assertThat(thrown).isInstanceOf(IOException.class).hasMessage("main's own");
    assertThat(thrown.getSuppressed()).extracting(Throwable::getMessage).containsExactly("lonely");
  }

  @Test
  @DisplayName("5,245 consumers dying on a closed queue after the timeline's event limit are all counted")
  void countedPastTheTimelinesEventLimit() {
    int consumers = 5_245;
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      for (int i = 0; i < TimelineRecorder.MAX_EVENTS / 2 + 1; i++) {
        loop.yieldNow(); // a YIELD and a RESUME each: the timeline is full after this
      }
      Queue<String> jobs = loop.queue("jobs");
      for (int i = 0; i < consumers; i++) {
        loop.spawn("consumer-" + i, () -> {
          for (String job : List.of(jobs.get())) { // get() on a closed, empty queue throws
            loop.log(job);
          }
        });
      }
      jobs.close();
      loop.sleep(Duration.ofSeconds(1));
      return null;
    });
    UnobservedFailures failures = ((UnobservedFailureException) thrown).failures();
    assertThat(failures.count()).isEqualTo(consumers);
    assertThat(failures.listed()).hasSize(UnobservedFailures.LISTED)
        .allSatisfy(failed -> assertThat(failed.failure()).isInstanceOf(QueueClosedException.class));
    assertThat(thrown).hasMessageContaining("5,245 tasks ended with a failure").hasMessageContaining("... and 5,240 more");
    assertThat(loop.timeline().events()).as("FAIL events the capped timeline kept")
        .filteredOn(e -> e.kind() == EventKind.FAIL).hasSizeLessThan(consumers);
  }

  private static String catching(java.util.concurrent.Callable<?> call) {
    try {
      call.call();
      return "no failure";
    } catch (Exception failure) {
      return failure.getMessage();
    }
  }
}
