package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Gantt chart of waits for I/O")
class IoWaitSvgTest {

  @Test
  @DisplayName("a wait for a socket or another thread is drawn as 'waiting for I/O', a colour of its own, its tooltip naming what it waited for")
  void ioWaitHasItsOwnBar() {
    EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofSeconds(10));
    loop.run("main", () -> loop.await("price", CompletableFuture.supplyAsync(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return 42;
    })));

    String svg = TimelineSvg.render("future wait", loop.timeline(), loop.elapsed().toNanos());

    Set<String> others = Stream.of(SpanKind.values()).filter(kind -> kind != SpanKind.WAITING_FOR_IO)
        .map(SpanColours::of).collect(Collectors.toSet());
    assertThat(others).doesNotContain(SpanColours.of(SpanKind.WAITING_FOR_IO));
    assertThat(svg).contains("fill=\"" + SpanColours.of(SpanKind.WAITING_FOR_IO) + "\"><title>main: waiting for future"
        + " &#39;price&#39; ").contains("waiting for I/O");
  }
}
