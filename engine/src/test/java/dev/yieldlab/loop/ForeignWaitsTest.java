package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject.IoWait;
import dev.yieldlab.api.timeline.IoOperation;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.lang.management.ManagementFactory;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@DisplayName("Awaiting work done on other threads: futures and toThread, woken through the selector")
@ExtendWith(NoFdLeaks.class)
class ForeignWaitsTest {

  private final EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(10));

  private static void completeLater(CompletableFuture<String> future, long millis, String value) {
    Thread.ofPlatform().daemon().start(() -> {
      sleep(millis);
      future.complete(value);
    });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  @DisplayName("a future completed by another thread wakes its waiter, while the loop's thread sleeps in the kernel")
  void awaitsAFutureWithoutPolling() {
    CompletableFuture<String> price = new CompletableFuture<>();
    long[] cpu = new long[1];
    String value = loop.run("main", () -> {
      long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      completeLater(price, 300, "42 EUR");
      String got = loop.await("price", price);
      cpu[0] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore;
      return got;
    });
    assertThat(value).isEqualTo("42 EUR");
    assertThat(loop.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    // Polling would burn the 300 ms; waiting in epoll costs the loop a few ms at most (generous for a busy CI).
    assertThat(Duration.ofNanos(cpu[0])).as("loop thread CPU while it awaited 300 ms").isLessThan(Duration.ofMillis(60));
    assertThat(loop.timeline().events()).filteredOn(e -> e.kind() == EventKind.WAIT).extracting(TimelineEvent::detail)
        .containsExactly("waits for future 'price'");
    assertThat(loop.timeline().task("main").activity().spans(SpanKind.WAITING_FOR_IO)).hasSize(1);
    assertThat(loop.io().wakeUps()).isEqualTo(1);
  }

  @Test
  @DisplayName("a failed future's exception is rethrown as it was, not wrapped")
  void failedFuture() {
    CompletableFuture<String> doomed = new CompletableFuture<>();
    Thread.ofPlatform().daemon().start(() -> doomed.completeExceptionally(new IllegalStateException("no stock")));
    Throwable thrown = FailedRuns.failureOf(loop, () -> loop.await("stock", doomed));
    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("no stock");
  }

  @Test
  @DisplayName("toThread runs a blocking call on a pool thread and returns its value; its failure unchanged")
  void toThread() {
    String[] where = new String[1];
    String value = loop.run("main", () -> loop.toThread("lookup", () -> {
      where[0] = Thread.currentThread().getName();
      Thread.sleep(50);
      return "found";
    }));
    assertThat(value).isEqualTo("found");
    assertThat(where[0]).startsWith("yieldlab-thread-main-");
    assertThat(loop.timeline().events()).filteredOn(e -> e.kind() == EventKind.WAIT).extracting(TimelineEvent::subject)
        .containsExactly(new IoWait(IoOperation.THREAD, "lookup"));
    EventLoop failing = new EventLoop(ClockKind.REAL);
    assertThat(FailedRuns.failureOf(failing, () -> failing.toThread("parse", () -> Integer.parseInt("x"))))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  @DisplayName("a timeout cancels the wait: the caller gets TimeoutExpiredException, the thread is interrupted, and the pool ends with the run")
  void timeoutInterruptsTheThread() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Throwable thrown = FailedRuns.failureOf(loop, () -> loop.withTimeout("slow lookup", Duration.ofMillis(100),
        () -> loop.toThread("lookup", () -> {
          try {
            Thread.sleep(10_000);
          } catch (InterruptedException stopped) {
            interrupted.countDown();
          }
          return "late";
        })));
    assertThat(thrown).isInstanceOf(TimeoutExpiredException.class);
    assertThat(thrown.getCause()).hasMessage("task 'main' was cancelled while waiting for thread call 'lookup': "
        + "block 'slow lookup' passed its timeout of PT0.1S");
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the pool thread was interrupted").isTrue();
    assertThat(loop.io().threadCalls().awaitEnd(5_000)).as("the pool's threads ended with the run").isTrue();
  }

  @Test
  @DisplayName("a cancelled waiter cancels the future it awaited, as asyncio and kotlinx do")
  void cancellingTheWaiterCancelsTheFuture() {
    CompletableFuture<String> never = new CompletableFuture<>();
    loop.run("main", () -> {
      var waiter = loop.spawn("waiter", () -> loop.await("never", never));
      loop.sleep(Duration.ofMillis(20));
      waiter.cancel("not needed");
      try {
        waiter.join();
      } catch (TaskCancelledException expected) {
        // the waiter ended cancelled
      }
      return null;
    });
    assertThat(never.isCancelled()).isTrue();
  }

  @Test
  @DisplayName("a future completed after its run ended is dropped: the next run on the same thread is not woken nor touched")
  void lateCompletionIsIgnored() throws Exception {
    CompletableFuture<String> late = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterrupt) {
        return false; // a future that ignores cancellation, as many do: it will complete after the run anyway
      }
    };
    Throwable thrown = FailedRuns.failureOf(loop, () -> loop.withTimeout("quote", Duration.ofMillis(50),
        () -> loop.await("quote", late)));
    assertThat(thrown).isInstanceOf(TimeoutExpiredException.class);
    EventLoop next = new EventLoop(ClockKind.REAL, Duration.ofSeconds(5));
    AtomicBoolean completedDuringNextRun = new AtomicBoolean();
    String value = next.run("next", () -> {
      Thread.ofPlatform().start(() -> completedDuringNextRun.set(late.complete("stale"))).join();
      CompletableFuture<String> own = new CompletableFuture<>();
      completeLater(own, 50, "fresh");
      return next.await("own", own);
    });
    assertThat(completedDuringNextRun).isTrue();
    assertThat(value).isEqualTo("fresh");
    assertThat(loop.io().droppedAfterClose()).as("completions posted to the ended run").isEqualTo(1);
    assertThat(next.io().wakeUps()).as("completions posted to the next run: only its own").isEqualTo(1);
    assertThat(next.timeline().events()).extracting(TimelineEvent::detail).noneMatch(d -> d.contains("quote"));
  }

  @Test
  @DisplayName("the descriptor count these tests check can fail: an open socket is counted")
  void descriptorCountSeesASocket() throws Exception {
    int before = NoFdLeaks.open().size();
    try (SocketChannel socket = SocketChannel.open()) {
      assertThat(NoFdLeaks.open()).hasSize(before + 1);
      assertThat(socket.isOpen()).isTrue();
    }
  }
}
