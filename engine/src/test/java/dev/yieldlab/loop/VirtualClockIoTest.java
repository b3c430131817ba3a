package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.io.Connection;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The VIRTUAL clock's rule with real I/O: time never jumps past a deadline while a socket, a future
 * or a thread call is pending whose answer could come first; such waits take real time, by which the
 * virtual clock then moves on (never past the deadline). With nothing pending, time jumps as before.
 */
@DisplayName("The VIRTUAL clock with real I/O: pending I/O is waited for in real time, never jumped past")
@ExtendWith(NoFdLeaks.class)
class VirtualClockIoTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(60));

  @Test
  @DisplayName("an answer that takes 100 ms of real time comes before a 1 s timeout: time did not jump to the timeout")
  void realAnswerBeatsAVirtualTimeout() throws Exception {
    try (Peers.OneShot peer = new Peers.OneShot(connection -> {
      connection.getInputStream().read();
      Thread.sleep(100);
      OutputStream out = connection.getOutputStream();
      out.write("pong\n".getBytes());
      out.flush();
    })) {
      long realStart = System.nanoTime();
      Duration[] answeredAt = new Duration[1];
      String answer = loop.run("main", () -> {
        try (Connection client = loop.connect("127.0.0.1", peer.port())) {
          client.write("?");
          String line = loop.withTimeout("ping", Duration.ofSeconds(1), client::readLine);
          answeredAt[0] = loop.elapsed();
          return line;
        }
      });
      assertThat(answer).isEqualTo("pong");
      // The peer answers 100 ms after it read the "?"; the clock counts the real time the loop waited,
      // from its wait, which starts a few of its own microseconds after the write: so a little less
      // than 100 ms can be counted (99.3 ms in one CI run), never much less.
      assertThat(answeredAt[0]).as("virtual time of the answer: the real time waited").isBetween(Duration.ofMillis(90),
          Duration.ofMillis(999));
      assertThat(Duration.ofNanos(System.nanoTime() - realStart)).isLessThan(Duration.ofSeconds(1));
    }
  }

  @Test
  @DisplayName("a read that never answers meets its virtual timeout after that much real time, exactly at the deadline")
  void silentPeerTimesOutInRealTime() throws Exception {
    try (Peers.OneShot peer = new Peers.OneShot(connection -> Thread.sleep(3_000))) {
      long realStart = System.nanoTime();
      Duration[] caughtAt = new Duration[1];
      loop.run("main", () -> {
        try (Connection client = loop.connect("127.0.0.1", peer.port())) {
          loop.withTimeout("ping", Duration.ofMillis(200), client::readLine);
        } catch (TimeoutExpiredException expected) {
          caughtAt[0] = loop.elapsed();
        }
        return null;
      });
      assertThat(caughtAt[0]).as("virtual time at the timeout").isEqualTo(Duration.ofMillis(200));
      assertThat(Duration.ofNanos(System.nanoTime() - realStart)).as("real time taken")
          .isBetween(Duration.ofMillis(190), Duration.ofMillis(2_500));
    }
  }

  @Test
  @DisplayName("a thread's completion after 50 ms of real time comes before a sleeper's 10 s, and then time jumps again (40 s in no time)")
  void threadCallBeforeVirtualSleep() {
    List<String> order = new ArrayList<>();
    long realStart = System.nanoTime();
    loop.run("main", () -> {
      loop.spawn("sleeper", () -> {
        loop.sleep(Duration.ofSeconds(10));
        order.add("sleeper woke at " + loop.elapsed().toSeconds() + " s");
      });
      CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
        return "answer";
      });
      order.add(loop.await("answer", answer) + " before " + (loop.elapsed().toMillis() < 10_000 ? "10 s" : "?"));
      loop.sleep(Duration.ofSeconds(40)); // nothing pending any more: this jumps
      order.add("main woke at " + loop.elapsed().toSeconds() + " s");
      return null;
    });
    assertThat(order).containsExactly("answer before 10 s", "sleeper woke at 10 s", "main woke at 40 s");
    assertThat(Duration.ofNanos(System.nanoTime() - realStart)).as("real time: the 10 s and 40 s were jumped")
        .isLessThan(Duration.ofSeconds(5));
  }
}
