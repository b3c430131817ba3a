package dev.yieldlab.kernel;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A thread's state at one instant, as {@code /proc/<tid>/stat} and {@code wchan} give it.
 *
 * @param state {@code R} running or runnable, {@code S} sleeping (interruptibly: a sleep, a futex, a
 *     socket), {@code D} waiting for I/O uninterruptibly, {@code ?} unknown
 * @param waitChannel the kernel function a sleeping thread waits in (e.g. {@code futex_wait_queue},
 *     {@code hrtimer_nanosleep}); empty while it runs or where the kernel does not say
 */
@API(status = INTERNAL, since = "0.2")
public record ThreadState(char state, String waitChannel) {

  /** Whether it was asleep in the kernel, not computing: blocked in a call that froze its caller. */
  public boolean sleepingInTheKernel() {
    return state == 'S' || state == 'D';
  }

  /** {@code sleeping in the kernel (futex_wait_queue)}, {@code running on a CPU}. */
  public String describe() {
    return switch (state) {
      case 'R' -> "running on a CPU";
      case 'S', 'D' -> "sleeping in the kernel" + (waitChannel.isEmpty() ? "" : " (" + waitChannel + ")");
      default -> "in kernel state " + state;
    };
  }
}
