package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Expect;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.sync.Queue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * E3: a consumer waits for an item under a 100 ms timeout; a producer puts the item after sleeping
 * 100 ms. The result and the timeout are due at the same instant. Explored with a jitter of up to a
 * millisecond on every timer, both orders come up (the timeout first: the consumer times out and the
 * item stays in the queue; the put first: the consumer gets it), and in neither is the item lost or
 * delivered twice.
 */
@Experiment(claim = "E3", title = "A timeout and a result due at the same instant: both orders tried, the item never lost")
class TimeoutRaceExploredExperiment {

  static final Duration DUE = Duration.ofMillis(100);
  static final String ITEM = "item";

  /** What the consumer got (empty when it timed out) and what was left in the queue. */
  record Delivery(List<String> received, List<String> leftInQueue) {
    int copies() {
      return received.size() + leftInQueue.size();
    }
  }

  @Run("a 100 ms timeout around get, a put after 100 ms")
  @Explore(jitter = "1ms", schedules = 2_000)
  Delivery race(Loop loop) {
    Queue<String> queue = loop.queue("items");
    List<String> received = new ArrayList<>();
    var consumer = loop.spawn("consumer", () -> {
      try {
        received.add(loop.withTimeout("get", DUE, queue::get));
        loop.log("consumer got the item");
      } catch (TimeoutExpiredException expired) {
        loop.log("consumer timed out");
      }
      return null;
    });
    var producer = loop.spawn("producer", () -> {
      loop.sleep(DUE);
      queue.put(ITEM);
      loop.log("producer put the item");
      return null;
    });
    loop.gather(consumer, producer);
    List<String> left = new ArrayList<>();
    for (String item = queue.poll(); item != null; item = queue.poll()) {
      left.add(item);
    }
    return new Delivery(received, left);
  }

  @Check(value = "in every schedule the item is delivered exactly once: to the consumer, or left in the queue", runs = "race")
  void neverLostNorDuplicated(Runs runs) {
    assertThat(runs.get("race").value(Delivery.class).copies()).as("copies of the item").isEqualTo(1);
  }

  @Check(value = "some schedule lets the put win: the consumer gets the item", runs = "race", expect = Expect.REFUTED)
  void putWinsSomewhere(Runs runs) {
    assertThat(runs.get("race").value(Delivery.class).received()).as("what the consumer received").isEmpty();
  }

  @Check(value = "some schedule lets the timeout win: the item stays in the queue", runs = "race", expect = Expect.REFUTED)
  void timeoutWinsSomewhere(Runs runs) {
    assertThat(runs.get("race").value(Delivery.class).received()).as("what the consumer received").containsExactly(ITEM);
  }
}
