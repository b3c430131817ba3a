package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A gather is woken once, when its group is done, not at every member's end: waking it per member
 * made it re-scan the group each time, quadratic in the group's size (100,000 sleepers never ended).
 */
@DisplayName("Waking a gather")
class GatherWakeUpsTest {

  @Test
  @DisplayName("a gather of 1,000 sleepers with 1,000 different deadlines resumes its task once")
  void gatherWakesOnce() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    List<Object> values = loop.run("main", () -> {
      Task<?>[] sleepers = IntStream.range(0, 1_000)
          .mapToObj(i -> loop.spawn("sleeper" + i, () -> {
            loop.sleep(Duration.ofMillis(i));
            return i;
          }))
          .toArray(Task<?>[]::new);
      return loop.gather(sleepers);
    });

    assertThat(values).hasSize(1_000).startsWith(0, 1, 2).endsWith(999);
    List<TimelineEvent> main = loop.timeline().task("main").events();
    assertThat(main).filteredOn(e -> e.kind() == EventKind.RESUME).hasSize(1);
    assertThat(main).filteredOn(e -> e.kind() == EventKind.WAIT).singleElement()
        .extracting(TimelineEvent::detail)
        .isEqualTo("gather(sleeper0, sleeper1, sleeper2, sleeper3, sleeper4, sleeper5, sleeper6, sleeper7, sleeper8,"
            + " sleeper9, and 990 more)");
  }

  @Test
  @DisplayName("a failing member wakes the gather at once; it waits for the cancelled rest, then rethrows")
  void failureWakesOnceMoreForTheUnwinding() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    IllegalStateException boom = new IllegalStateException("boom");
    Throwable thrown = null;
    try {
      loop.run("main", () -> {
        Task<?>[] group = IntStream.range(0, 100)
            .mapToObj(i -> loop.spawn("t" + i, () -> {
              loop.sleep(Duration.ofSeconds(i == 3 ? 1 : 10));
              if (i == 3) {
                throw boom;
              }
              return i;
            }))
            .toArray(Task<?>[]::new);
        return loop.gather(group);
      });
    } catch (IllegalStateException failure) {
      thrown = failure;
    }
    assertThat(thrown).isSameAs(boom);
    // Once for the failure, once when the 99 cancelled siblings have all unwound.
    assertThat(loop.timeline().task("main").events()).filteredOn(e -> e.kind() == EventKind.RESUME).hasSize(2);
    assertThat(loop.timeline().events()).filteredOn(e -> e.kind() == EventKind.CANCEL).hasSize(99);
    assertThat(loop.elapsed()).isEqualTo(Duration.ofSeconds(1));
  }
}
