package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timeline.StallSample;
import dev.yieldlab.kernel.ProcFs;
import dev.yieldlab.kernel.ThreadState;
import dev.yieldlab.loop.EventLoop;
import dev.yieldlab.loop.StallWatch;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The watchdog's look at a loop thread that a coroutine holds too long: from the watchdog's own
 * thread, while a stretch has run for half the stall threshold or more, it takes the loop thread's
 * stack and its state in the kernel (computing, or asleep in a blocking call), so the stall's report
 * can say why. Never on the loop's switch path: the loop only marks its stretches.
 */
final class StallSampler {

  /** Frames kept per sample: enough to reach the experiment's own code under a JDK call. */
  static final int FRAMES = 40;

  private final EventLoop loop;
  private final boolean realClock;
  private volatile Thread thread;
  private volatile long tid = -1;

  StallSampler(EventLoop loop, ClockKind clock) {
    this.loop = loop;
    // On the VIRTUAL clock a stretch takes no time at all, so no stretch can stall.
    this.realClock = clock == ClockKind.REAL;
  }

  /** Called on the loop thread before the run: which thread to sample, and its id in the kernel. */
  void attachToCurrentThread() {
    OptionalLong kernelId = ProcFs.SYSTEM.currentTid();
    tid = kernelId.orElse(-1);
    thread = Thread.currentThread();
  }

  /** The loop's thread, once the run has started on it; null before. */
  Thread thread() {
    return thread;
  }

  /** How often to look: half the threshold (10 ms at least), or {@code poll} if that is sooner or the clock is VIRTUAL. */
  Duration interval(Duration poll) {
    if (!realClock) {
      return poll;
    }
    Duration half = loop.stallWatch().threshold().dividedBy(2);
    Duration atLeast = half.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : half;
    return atLeast.compareTo(poll) < 0 ? atLeast : poll;
  }

  /** Looking more often than this would cost the loop thread more than the stall it reports. */
  static final Duration MIN_INTERVAL = Duration.ofMillis(10);

  /** Takes a sample if the stretch under way has run for half the threshold or more. */
  void look() {
    Thread loopThread = thread;
    StallWatch.Stretch stretch = loop.stallWatch().current();
    if (!realClock || loopThread == null || stretch == null) {
      return;
    }
    long now = loop.elapsed().toNanos();
    if (now - stretch.startNanos() < loop.stallWatch().threshold().toNanos() / 2) {
      return;
    }
    List<StackTraceElement> stack = Arrays.asList(loopThread.getStackTrace());
    ThreadState state = tid < 0 ? new ThreadState('?', "") : ProcFs.SYSTEM.stateOf(tid);
    loop.stallWatch().sample(stretch, new StallSample(now, state.state(), state.waitChannel(),
        stack.subList(0, Math.min(FRAMES, stack.size()))));
  }
}
