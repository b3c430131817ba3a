package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the stall watchdog saw of the loop's thread while one coroutine held it too long: the thread's
 * state in the kernel and its stack, at one instant.
 *
 * @param atNanos when, on the loop's clock
 * @param kernelState the thread's state letter in {@code /proc}: {@code R} computing, {@code S} or
 *     {@code D} asleep in the kernel (a blocking call), {@code ?} unknown
 * @param waitChannel the kernel function it slept in, e.g. {@code hrtimer_nanosleep}; may be empty
 * @param stack the thread's stack then, innermost frame first (the top frames only)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record StallSample(long atNanos, char kernelState, String waitChannel, List<StackTraceElement> stack) {

  public StallSample {
    stack = List.copyOf(stack);
  }

  /** Whether the thread was asleep in the kernel: in a blocking call that froze every coroutine. */
  public boolean sleepingInTheKernel() {
    return kernelState == 'S' || kernelState == 'D';
  }

  /** The blocking call the stack was in ({@code Thread.sleep}, {@code a blocking socket read}, ...), if any. */
  public Optional<String> blockingCall() {
    return BlockingCalls.of(stack);
  }

  /** The innermost frame of the experiment's own code: where the coroutine held the loop. */
  public Optional<StackTraceElement> userFrame() {
    return stack.stream().filter(BlockingCalls::isUserCode).findFirst();
  }

  /** {@code sleeping in the kernel (hrtimer_nanosleep)}, {@code computing on a CPU}. */
  public String kernelStateText() {
    return switch (kernelState) {
      case 'R' -> "computing on a CPU";
      case 'S', 'D' -> "sleeping in the kernel" + (waitChannel.isEmpty() ? "" : " (" + waitChannel + ")");
      default -> "in an unknown kernel state";
    };
  }
}
