package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What keeps a misbehaving coroutine from taking the JVM down: bounded timelines, stop requests. */
@DisplayName("The loop's limits")
class LoopLimitsTest {

  @Test
  @DisplayName("a task that logs 64 MiB keeps at most 8 MiB of log text, and the timeline says what was cut")
  void logIsBounded() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    String line = "x".repeat(64 * 1024 - 1);
    loop.run("main", () -> {
      for (int i = 0; i < 1024; i++) {
        loop.log(line);
      }
      return null;
    });
    Timeline timeline = loop.timeline();
    long kept = timeline.logs().stream().filter(l -> l.startsWith("x")).mapToLong(String::length).sum();
    assertThat(kept).isLessThanOrEqualTo(TimelineRecorder.MAX_LOG_CHARS);
    TimelineEvent note = timeline.events().getLast();
    assertThat(note.task()).isEqualTo(TimelineRecorder.NOTE_TASK);
    assertThat(note.detail()).contains("further events").contains("were not recorded").contains("8 MiB of log text");
  }

  @Test
  @DisplayName("one enormous log line is cut to 10,000 characters with a note of its length")
  void longLineIsCut() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    loop.run("main", () -> {
      loop.log("y".repeat(1_000_000));
      return null;
    });
    String kept = loop.timeline().logs().getFirst();
    assertThat(kept).startsWith("y".repeat(TimelineRecorder.MAX_LINE_CHARS)).endsWith("(line cut: 1000000 chars)");
  }

  @Test
  @DisplayName("a task that yields 600,000 times keeps the first million events and notes the rest")
  void eventsAreBounded() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    loop.run("main", () -> {
      for (int i = 0; i < 600_000; i++) {
        loop.yieldNow(); // YIELD + RESUME: two events each
      }
      return null;
    });
    Timeline timeline = loop.timeline();
    assertThat(timeline.events()).hasSize(TimelineRecorder.MAX_EVENTS + 1);
    assertThat(timeline.events().getLast().kind()).isEqualTo(EventKind.LOG);
    assertThat(timeline.logs().getLast()).contains("events").contains("were not recorded");
  }

  @Test
  @DisplayName("requestStop from another thread ends a loop that waits for a long timer, at once")
  void stopEndsAWait() throws Exception {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    CountDownLatch sleeping = new CountDownLatch(1);
    Thread loopThread = Thread.ofPlatform().start(() -> {
      try {
        loop.run("main", () -> {
          sleeping.countDown();
          loop.sleep(Duration.ofSeconds(30));
          return null;
        });
        failure.complete(null);
      } catch (Throwable thrown) {
        failure.complete(thrown);
      }
    });
    // Not a fixed pause: on a busy machine the loop thread may not have started main after 100 ms.
    sleeping.await();
    Thread.sleep(50);
    long asked = System.nanoTime();
    loop.requestStop("the test said so");
    Throwable thrown = failure.get(5, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(1));
    assertThat(thrown).isInstanceOf(LoopStoppedException.class)
        .hasMessageContaining("run stopped: the test said so")
        .hasMessageContaining("task 'main' waits for sleep PT30S");
    loopThread.join();
  }

  @Test
  @DisplayName("a loop asked to stop before it runs fails at its first step")
  void stopBeforeRun() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    loop.requestStop("cancelled early");
    assertThatThrownBy(() -> loop.run("main", () -> null))
        .isInstanceOf(LoopStoppedException.class).hasMessageContaining("cancelled early");
  }
}
