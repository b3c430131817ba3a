package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.timeline.QueueLength;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timing.ElapsedRatio;
import dev.yieldlab.experiments.support.Millis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fast producer and a slow consumer behind a queue. Bounded, the queue fills and from then on each
 * put waits for a get: the producer is paced at the consumer's rate and the queue never holds more
 * than its capacity. Unbounded, the producer never waits and the whole batch piles up in the queue.
 */
@Experiment(claim = "W1", title = "A bounded queue paces a fast producer at its slow consumer's rate")
class BackpressureExperiment {

  static final int ITEMS = 20;
  static final int CAPACITY = 3;
  /** The consumer's work per item: long next to the REAL clock's timer lag (well under 1 ms here). */
  static final Duration WORK = Duration.ofMillis(20);

  /** Puts every item as fast as the queue takes them, then closes it; the consumer returns what it got. */
  static List<Integer> produceAndConsume(Loop loop, Queue<Integer> jobs) {
    List<Integer> consumed = new ArrayList<>();
    loop.gather(
        loop.spawn("producer", () -> {
          for (int i = 0; i < ITEMS; i++) {
            jobs.put(i);
          }
          jobs.close();
        }),
        loop.spawn("consumer", () -> {
          for (int item : jobs.items()) {
            loop.sleep(WORK);
            consumed.add(item);
          }
        }));
    return consumed;
  }

  @Run("bounded queue of 3")
  List<Integer> bounded(Loop loop) {
    return produceAndConsume(loop, loop.queue("jobs", CAPACITY));
  }

  @Run("unbounded queue")
  List<Integer> unbounded(Loop loop) {
    return produceAndConsume(loop, loop.queue("jobs"));
  }

  @Check(value = "nothing is lost or duplicated, and the bounded queue never holds more than its capacity")
  void nothingLostWithinCapacity(Runs runs) {
    List<Integer> all = IntStream.range(0, ITEMS).boxed().toList();
    for (String run : List.of("bounded", "unbounded")) {
      assertThat(runs.get(run).value(List.class)).as(run + ": items consumed").isEqualTo(all);
    }
    assertThat(runs.get("bounded").timeline()).queueNeverLongerThan("jobs", CAPACITY);
    assertThat(runs.get("unbounded").timeline()).queueReached("jobs", ITEMS);
  }

  /**
   * The first CAPACITY + 1 puts go through at once (CAPACITY fill the queue, and the consumer's first
   * get frees a slot before it starts its work); every further put waits for one get, so from put
   * number CAPACITY (0-based) to the last the producer's puts span the consumer's gets from its first
   * to number ITEMS - CAPACITY - 1, measured in the same run: paced by what the consumer actually
   * did, however late a busy machine woke it. (Against the median period times the count instead,
   * one late wake-up under load moved the ratio to 1.14.) 10 % is ample for the instant between a
   * get and the put it lets through. Both ratios are two parts of one run's timeline: one measurement
   * each, judged by its value, since no other run's noise is in it (see ElapsedRatio).
   */
  @Check(value = "bounded, the producer's puts are paced at the consumer's rate; unbounded, they are not")
  void producerIsPaced(Runs runs, Report report) {
    RunResult bounded = runs.get("bounded");
    Duration period = consumerPeriod(bounded.timeline());
    Duration pacedPuts = putSpan(bounded.timeline(), CAPACITY);
    ElapsedRatio paced = new ElapsedRatio("bounded: producer's puts after the queue filled", pacedPuts,
        "the consumer's gets that let them through", getSpan(bounded.timeline(), ITEMS - CAPACITY - 1));
    report.entry("consumer period (median gap between gets)", Millis.of(period));
    report.entry("bounded: producer paced / consumer rate", paced.toString());
    Duration unboundedPuts = putSpan(runs.get("unbounded").timeline(), 0);
    ElapsedRatio unpaced = new ElapsedRatio("unbounded: all the producer's puts", unboundedPuts,
        "one consumer period", consumerPeriod(runs.get("unbounded").timeline()));
    report.entry("unbounded: producer's puts / one consumer period", unpaced.toString());
    assertThat(paced).isCloseTo(1.0, 0.1);
    assertThat(unpaced).isLessThan(0.1);
  }

  /** From the producer's put number {@code from} (0-based) to its last, read off the queue's lengths over time. */
  private static Duration putSpan(Timeline timeline, int from) {
    List<QueueLength> puts = timeline.primitives().queueLengths("jobs").stream().filter(l -> l.task().equals("producer")).toList();
    return Duration.ofNanos(puts.getLast().nanos() - puts.get(from).nanos());
  }

  /** From the consumer's first get to its get number {@code to} (0-based), read off the queue's lengths over time. */
  private static Duration getSpan(Timeline timeline, int to) {
    List<QueueLength> gets = timeline.primitives().queueLengths("jobs").stream().filter(l -> l.task().equals("consumer")).toList();
    return Duration.ofNanos(gets.get(to).nanos() - gets.getFirst().nanos());
  }

  /** The median gap between two of the consumer's gets. */
  private static Duration consumerPeriod(Timeline timeline) {
    List<QueueLength> gets = timeline.primitives().queueLengths("jobs").stream().filter(l -> l.task().equals("consumer")).toList();
    long[] gaps = IntStream.range(1, gets.size()).mapToLong(i -> gets.get(i).nanos() - gets.get(i - 1).nanos())
        .sorted().toArray();
    return Duration.ofNanos(gaps[gaps.length / 2]);
  }
}
