package dev.yieldlab.loop;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.sync.Queue;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The producer/consumer example of docs/guide/waiting.md, run on both clocks, and kept identical to the page's text. */
@DisplayName("The waiting guide's producer/consumer example")
class GuideProducerConsumerTest {

  static int producerConsumer(Loop loop) {
    // guide:begin
    Queue<String> jobs = loop.queue("jobs", 2);              // put() waits while 2 are queued
    Task<Void> producer = loop.spawn("producer", () -> {
      for (int i = 0; i < 5; i++) {
        jobs.put("job " + i);
        loop.log("put job " + i);
      }
      jobs.close();                                          // getters drain it, then stop
    });
    Task<Integer> consumer = loop.spawn("consumer", () -> {
      int done = 0;
      for (String job : jobs.items()) {                      // get() until closed and empty
        loop.sleep(Duration.ofMillis(100));                  // the slow part
        loop.log("did " + job);
        done++;
      }
      return done;
    });
    loop.gather(producer, consumer);
    loop.log("consumed " + consumer.join());         // a check then reads the timeline
    // guide:end
    return consumer.join();
  }

  @ParameterizedTest(name = "on the {0} clock")
  @EnumSource(ClockKind.class)
  @DisplayName("runs on both clocks, paced by the queue")
  void runs(ClockKind clock) {
    EventLoop loop = new EventLoop(clock);
    int done = loop.run("main", () -> producerConsumer(loop));
    assertThat(loop.timeline()).queueNeverLongerThan("jobs", 2).logs().contains("consumed 5");

    org.assertj.core.api.Assertions.assertThat(done).isEqualTo(5);
    // The producer is three puts ahead at most: "put job 4" only once job 1 is done.
    assertThat(loop.timeline()).happenedBefore("did job 1", "put job 4").happenedBefore("put job 4", "did job 2");
  }

  @Test
  @DisplayName("is the code the page shows, line for line")
  void matchesThePage() throws IOException {
    org.assertj.core.api.Assertions.assertThat(GuideBlock.matches("docs/guide/waiting.md", "Queue<String> jobs = ", "src/test/java/dev/yieldlab/loop/GuideProducerConsumerTest.java")).hasSizeLessThanOrEqualTo(25);
  }
}
