package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayDeque;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Busy polling on the VIRTUAL clock")
class BusyPollingTest {

  @Test
  @DisplayName("a coroutine polling with yieldNow while a producer sleeps is stopped with a message pointing at the primitives, and the timeline is kept")
  void pollingIsDetected() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      ArrayDeque<String> jobs = new ArrayDeque<>();
      loop.spawn("producer", () -> {
        loop.sleep(Duration.ofSeconds(1));
        jobs.add("job");
      });
      while (jobs.isEmpty()) {
        loop.yieldNow(); // on the VIRTUAL clock the producer's second never comes
      }
      return jobs.poll();
    });
    assertThat(thrown).isInstanceOf(BusyPollingException.class)
        .hasMessageContaining("busy polling on the VIRTUAL clock: tasks yielded 1,048,576 times (the last, 'main')"
            + " while the clock stood at +0.000 s and task 'producer' sleeps until +1.000 s")
        .hasMessageContaining("Wait on a primitive instead (Queue.get, Event.await, Lock.acquire");
    assertThat(loop.timeline().events()).filteredOn(e -> e.kind() == EventKind.YIELD).hasSizeGreaterThan(1_000);
    assertThat(loop.timeline().task("producer").events()).extracting(TimelineEvent::kind).contains(EventKind.SLEEP);
  }

  @Test
  @DisplayName("many yields with no timer waiting, or with the clock moving, are not taken for polling")
  void yieldingIsNotPolling() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    long yields = loop.run("main", () -> {
      long n = 0;
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 800_000; i++, n++) {
          loop.yieldNow();
        }
        loop.sleep(Duration.ofMillis(1)); // the clock moves on: the count starts again
      }
      return n;
    });
    assertThat(yields).isEqualTo(2_400_000);
  }
}
