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
import dev.yieldlab.experiments.support.Unfinished;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * gh-112202 (python/cpython#112202, fixed by python/cpython#112201): an {@code asyncio.Condition}
 * waiter that is notified and then cancelled before it runs swallows the notification, and the other
 * waiters go on waiting though what they wait for is there. Ported in {@link AsyncioConditionPort},
 * with and without the fix. Two consumers wait for an item under the condition, a producer adds one
 * and notifies one waiter, and a third task cancels the first consumer after one yield: in FIFO order
 * the first consumer has taken the item before the cancellation comes, so FIFO never shows the bug;
 * explored, some schedule cancels it between the notification and its turn.
 */
@Experiment(claim = "E4", title = "gh-112202: a notified asyncio.Condition waiter that is cancelled")
class AsyncioConditionNotifyCancelExperiment {

  /** How the run ended: who got the item, what is left, and which consumers still wait. */
  record Outcome(List<String> got, int left, List<String> waiting) {
    @Override
    public String toString() {
      return "got by " + got + ", " + left + " item(s) left, still waiting: " + (waiting.isEmpty() ? "none" : waiting);
    }
  }

  static Outcome notifyAndCancel(Loop loop, boolean fixed) {
    AsyncioConditionPort condition = new AsyncioConditionPort(loop, fixed);
    Deque<String> items = new ArrayDeque<>();
    List<String> got = new ArrayList<>();
    Function<String, Loop.CoroutineBody> consumer = name -> () -> {
      condition.acquire();
      try {
        while (items.isEmpty()) {
          condition.await();
        }
        items.pollFirst();
        got.add(name);
      } finally {
        condition.release();
      }
    };
    Task<Void> first = loop.spawn("first consumer", consumer.apply("first consumer"));
    Task<Void> second = loop.spawn("second consumer", consumer.apply("second consumer"));
    loop.spawn("producer", () -> {
      condition.acquire();
      try {
        items.addLast("item");
        condition.notify(1);
      } finally {
        condition.release();
      }
    });
    loop.spawn("canceller", () -> {
      loop.yieldNow();
      first.cancel("cancelled by the canceller");
    });
    loop.sleep(Duration.ofSeconds(1)); // every task has ended or waits for good
    return new Outcome(List.copyOf(got), items.size(), Unfinished.of(first, second));
  }

  @Run("asyncio.Condition before gh-112202's fix: two consumers wait, one item and one notify, the first consumer"
      + " cancelled after a yield")
  @Explore
  Outcome beforeTheFix(Loop loop) {
    return notifyAndCancel(loop, false);
  }

  @Run("asyncio.Condition with gh-112202's fix: the same tasks")
  @Explore
  Outcome withTheFix(Loop loop) {
    return notifyAndCancel(loop, true);
  }

  @Check(value = "before gh-112202's fix, a schedule cancels a notified waiter before it runs: the notification is"
      + " lost and a consumer waits while the item is there", runs = "beforeTheFix", expect = Expect.REFUTED)
  void bugFound(Runs runs, Report report) {
    noConsumerWaitsBesideAnItem(runs.get("beforeTheFix").value(Outcome.class), report);
  }

  @Check(value = "with gh-112202's fix, no consumer waits while an item is there, in every schedule",
      runs = "withTheFix")
  void fixHolds(Runs runs, Report report) {
    noConsumerWaitsBesideAnItem(runs.get("withTheFix").value(Outcome.class), report);
  }

  private static void noConsumerWaitsBesideAnItem(Outcome outcome, Report report) {
    report.entry("outcome", outcome.toString());
    if (outcome.left() > 0) {
      assertThat(outcome.waiting()).as("consumers waiting while an item is there").isEmpty();
    }
  }
}
