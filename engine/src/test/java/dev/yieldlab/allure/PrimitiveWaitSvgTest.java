package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Gantt chart of waits on primitives")
class PrimitiveWaitSvgTest {

  @Test
  @DisplayName("a wait on a queue is drawn in its own colour, apart from sleeping and waiting on tasks, its tooltip naming the queue")
  void queueWaitHasItsOwnBar() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    loop.run("main", () -> {
      Queue<String> jobs = loop.queue("jobs", 1);
      loop.spawn("producer", () -> {
        loop.sleep(Duration.ofSeconds(1));
        jobs.put("job");
      });
      return jobs.get();
    });

    String svg = TimelineSvg.render("queue wait", loop.timeline(), loop.elapsed().toNanos());

    assertThat(SpanColours.of(SpanKind.WAITING_FOR_PRIMITIVE))
        .isNotIn(SpanColours.of(SpanKind.SLEEPING), SpanColours.of(SpanKind.WAITING), SpanColours.of(SpanKind.READY));
    assertThat(svg).contains("fill=\"" + SpanColours.of(SpanKind.WAITING_FOR_PRIMITIVE) + "\"><title>main: waiting for"
        + " queue &#39;jobs&#39; (empty) 0.000 ms to 1000.000 ms")
        .contains("waiting for a primitive");
  }
}
