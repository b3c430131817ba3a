package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.explore.Exploration;
import dev.yieldlab.api.kernel.RunKernel;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timing.Measurement;
import dev.yieldlab.explore.Explorer;
import dev.yieldlab.explore.ScheduleTrial;
import dev.yieldlab.explore.Trial;
import dev.yieldlab.loop.ContinuationAccess;
import dev.yieldlab.loop.EventLoop;
import dev.yieldlab.loop.NotExplorableException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.platform.engine.CancellationToken;

/**
 * Explores one variant: every schedule on a fresh VIRTUAL-clock loop, all of them on one loop thread
 * (a thread, a watchdog and the kernel's counters per schedule would cost more than the schedule),
 * each judged at once by the checks that read the run ({@link ScheduleJudge}). The calling thread
 * watches: it passes the platform's cancellation on, and stops a schedule that holds the thread past
 * the time the exploration may take (a coroutine that never suspends), abandoning the thread if it
 * does not answer, as {@link LoopThreadRunner} does for a run.
 */
final class ExploredRun {

  /** What exploring a variant left: the FIFO schedule's result (what the run's test shows), and the exploration. */
  record Outcome(RunResult fifo, Optional<Exploration> exploration) {}

  private ExploredRun() {}

  static Outcome execute(ExplorationPlan plan, RunMethod run, VariantSpec variant, RunTarget target,
      YieldlabConfiguration configuration, CancellationToken cancellation, List<CheckMethod> checks, Object instance,
      RunStore store) throws InterruptedException {
    Duration timeout = run.timeout().orElse(configuration.defaultTimeout());
    ScheduleJudge judge = new ScheduleJudge(checks, instance, store);
    AtomicReference<EventLoop> current = new AtomicReference<>();
    AtomicLong scheduleStarted = new AtomicLong(System.nanoTime());
    ScheduleTrial trial = chooser -> {
      EventLoop loop;
      try {
        loop = new EventLoop(ClockKind.VIRTUAL, timeout, configuration.stallThreshold(), plan.identity());
      } catch (RuntimeException | IllegalAccessError missing) {
        throw new IllegalStateException(ContinuationAccess.explain(missing));
      }
      loop.explore(chooser);
      current.set(loop);
      scheduleStarted.set(System.nanoTime());
      Object value = null;
      Throwable failure = null;
      try {
        value = loop.run(run.name(), () -> target.invoke(loop, null));
      } catch (Throwable thrown) {
        failure = ContinuationAccess.explain(thrown);
      }
      if (failure instanceof NotExplorableException notExplorable) {
        throw notExplorable;
      }
      // Deferred: most schedules' timelines are never read (see Timeline.deferred).
      Timeline timeline = Timeline.deferred(() -> loop.timeline().events());
      RunResult result = new RunResult(run.name(), variant, timeline, new Measurement(List.of(loop.elapsed())),
          value, Optional.ofNullable(failure), RunKernel.unavailable("an explored run's schedules read no kernel counters"),
          target.yieldPoints(timeline));
      return new Trial(result, judge.judge(result));
    };
    Explorer explorer = new Explorer(plan.settings(), plan.fingerprint(), trial, checks.stream().map(CheckMethod::name).toList(),
        cancellation::isCancellationRequested);
    CompletableFuture<Object> done = new CompletableFuture<>();
    LoopThreads.run("yieldlab-explore-" + run.name(), () -> {
      try {
        return plan.replay().isPresent() ? explorer.replay(plan.replay().get()) : explorer.explore();
      } catch (Throwable thrown) {
        return thrown;
      }
    }, done::complete);
    Object ended = await(done, current, scheduleStarted, plan, timeout);
    if (ended instanceof Exploration exploration) {
      return new Outcome(exploration.fifo(), Optional.of(exploration));
    }
    Throwable failure = (Throwable) ended;
    if (failure instanceof NotExplorableException && !plan.declared()) {
      // explore.all chose a run that hands work to another thread: it runs as it always did.
      System.out.println("[yieldlab] " + plan.fingerprint().label() + ": not explored (" + ExplorationPlan.ALL + "): "
          + failure.getMessage());
      return null;
    }
    RunResult failed = new RunResult(run.name(), variant, new Timeline(List.of()),
        new Measurement(List.of(Duration.ZERO)), null, Optional.of(failure),
        RunKernel.unavailable("the exploration failed before a schedule ended"));
    return new Outcome(failed, Optional.empty());
  }

  /**
   * Waits for the exploration, watching cancellation and time; its result, or what stopped it. One
   * schedule may take as long in wall time as the run's timeout plus the watchdog's grace (a VIRTUAL
   * run that long is a coroutine that never lets the clock move): it is then asked to stop, and fails
   * as the run would unexplored. The whole exploration may take its budget, the shrinking's and that.
   */
  private static Object await(CompletableFuture<Object> done, AtomicReference<EventLoop> current,
      AtomicLong scheduleStarted, ExplorationPlan plan, Duration timeout) throws InterruptedException {
    long perSchedule = timeout.plus(LoopThreadRunner.WATCHDOG_GRACE).toNanos();
    long limit = System.nanoTime() + plan.settings().budget().plus(Explorer.SHRINK_BUDGET).toNanos() + perSchedule;
    boolean stopAsked = false;
    EventLoop stopped = null;
    while (true) {
      try {
        return done.get(LoopThreadRunner.CANCELLATION_POLL.toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException notYet) {
        EventLoop running = current.get();
        if (running != null && running != stopped && System.nanoTime() - scheduleStarted.get() > perSchedule) {
          running.requestStop("the watchdog: a schedule ran " + timeout.plus(LoopThreadRunner.WATCHDOG_GRACE)
              + " of wall time, past the run's timeout of " + timeout + ", without the loop reaching it");
          stopped = running;
        }
        if (System.nanoTime() - limit >= 0) {
          EventLoop loop = current.get();
          if (stopAsked || loop == null) {
            return new RunTimeoutException("the exploration of " + plan.fingerprint().label() + " ran past its budget of "
                + plan.settings().budget() + ", the shrinking's " + Explorer.SHRINK_BUDGET + " and one schedule's "
                + Duration.ofNanos(perSchedule) + ", and did not stop within " + LoopThreadRunner.STOP_GRACE
                + " of being asked: a schedule, or a check judging one, does not return (a coroutine that never"
                + " suspends, or a check reading a very large run's timeline on every schedule). Its loop thread was"
                + " abandoned, still running; lower yieldlab.explore.budget or leave this run unexplored");
          }
          loop.requestStop("the exploration ran past its budget and the run's timeout: a coroutine of this schedule"
              + " may never suspend");
          stopAsked = true;
          limit = System.nanoTime() + LoopThreadRunner.STOP_GRACE.toNanos();
        }
      } catch (ExecutionException impossible) {
        throw new IllegalStateException("the exploration completes its future normally", impossible);
      }
    }
  }
}
