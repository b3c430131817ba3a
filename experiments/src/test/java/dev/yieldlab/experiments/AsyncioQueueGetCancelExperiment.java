package dev.yieldlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Expect;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * bpo-23812 (bugs.python.org/issue23812, fixed by python/asyncio#256): an {@code asyncio.Queue.get()} that
 * is cancelled after {@code put_nowait} handed it the item loses the item. Ported in {@link
 * AsyncioQueuePort}, with and without the fix. Two getters wait on an empty queue, a producer puts two
 * items with a yield between them, and a third task cancels the first getter after one yield: in FIFO
 * order the first getter has taken its item before the cancellation comes, so FIFO never shows the
 * bug; explored, some schedule cancels it between the hand-over and its turn.
 */
@Experiment(claim = "E4", title = "bpo-23812: an asyncio.Queue.get cancelled after the item was handed to it")
class AsyncioQueueGetCancelExperiment {

  static final List<Integer> PUT = List.of(1, 2);

  /** How the run ended: what was put, what the getters got, what is left in the queue. */
  record Outcome(List<Integer> put, List<Integer> got, List<Integer> left) {

    /** The items put that nobody got and the queue no longer holds. */
    List<Integer> lost() {
      List<Integer> lost = new ArrayList<>(put);
      got.forEach(lost::remove);
      left.forEach(lost::remove);
      return lost;
    }

    @Override
    public String toString() {
      return "put " + put + ", got " + got + ", left in the queue " + left + ", lost " + lost();
    }
  }

  static Outcome getAndCancel(Loop loop, boolean fixed) {
    AsyncioQueuePort<Integer> queue = new AsyncioQueuePort<>(loop, fixed);
    List<Integer> got = new ArrayList<>();
    Task<Void> first = loop.spawn("first getter", () -> {
      got.add(queue.get());
    });
    loop.spawn("second getter", () -> {
      got.add(queue.get());
    });
    loop.spawn("producer", () -> {
      queue.putNowait(PUT.get(0));
      loop.yieldNow();
      queue.putNowait(PUT.get(1));
    });
    loop.spawn("canceller", () -> {
      loop.yieldNow();
      first.cancel("cancelled by the canceller");
    });
    loop.sleep(Duration.ofSeconds(1)); // every task has ended or waits for good
    return new Outcome(PUT, List.copyOf(got), queue.items());
  }

  @Run("asyncio.Queue before bpo-23812's fix: two getters, two items put, the first getter cancelled after a yield")
  @Explore
  Outcome beforeTheFix(Loop loop) {
    return getAndCancel(loop, false);
  }

  @Run("asyncio.Queue with bpo-23812's fix: the same tasks")
  @Explore
  Outcome withTheFix(Loop loop) {
    return getAndCancel(loop, true);
  }

  @Check(value = "before bpo-23812's fix, a schedule cancels a get after the item was handed to it: the item is lost",
      runs = "beforeTheFix", expect = Expect.REFUTED)
  void bugFound(Runs runs, Report report) {
    noItemLostOrDuplicated(runs.get("beforeTheFix").value(Outcome.class), report);
  }

  @Check(value = "with bpo-23812's fix, every item put is got once or still in the queue, in every schedule",
      runs = "withTheFix")
  void fixHolds(Runs runs, Report report) {
    noItemLostOrDuplicated(runs.get("withTheFix").value(Outcome.class), report);
  }

  private static void noItemLostOrDuplicated(Outcome outcome, Report report) {
    report.entry("outcome", outcome.toString());
    List<Integer> everywhere = new ArrayList<>(outcome.got());
    everywhere.addAll(outcome.left());
    assertThat(everywhere).as("items got or left in the queue").containsExactlyInAnyOrderElementsOf(outcome.put());
  }
}
