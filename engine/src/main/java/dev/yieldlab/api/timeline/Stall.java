package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One coroutine holding the loop's thread for longer than the run's stall threshold ({@code
 * yieldlab.stall.threshold}, 100 ms by default, as asyncio's debug mode's {@code
 * slow_callback_duration}): every other coroutine was frozen meanwhile.
 *
 * @param task who held the thread
 * @param startNanos when its stretch began, on the loop's clock
 * @param endNanos when it gave the thread back (suspended or ended)
 * @param samples what the watchdog saw of the thread while it held on, in order
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Stall(String task, long startNanos, long endNanos, List<StallSample> samples) {

  public Stall {
    samples = List.copyOf(samples);
  }

  public Duration held() {
    return Duration.ofNanos(endNanos - startNanos);
  }

  /** The blocking call the samples caught it in, if any: the latest sample's. */
  public Optional<String> blockingCall() {
    return samples.reversed().stream().map(StallSample::blockingCall).flatMap(Optional::stream).findFirst();
  }

  /** Where in the experiment's code it held the thread: the latest sample's innermost frame of user code. */
  public Optional<StackTraceElement> where() {
    return samples.reversed().stream().map(StallSample::userFrame).flatMap(Optional::stream).findFirst();
  }

  /**
   * {@code 'blocker' held the loop for 502 ms in Thread.sleep (sleeping in the kernel), at
   * MyExperiment.java:17}; or, computing, {@code ... for 2104 ms computing on a CPU, at ...}.
   */
  public String describe() {
    String how = samples.isEmpty() ? "" : samples.getLast().sleepingInTheKernel()
        ? " in " + blockingCall().orElse("a blocking call") + " (" + samples.getLast().kernelStateText() + ")"
        : " " + samples.getLast().kernelStateText();
    String at = where().map(frame -> ", at " + frame.getFileName() + ":" + frame.getLineNumber()
        + " (" + frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "." + frame.getMethodName() + ")")
        .orElse("");
    return String.format(Locale.ROOT, "'%s' held the loop for %d ms%s%s", task, held().toMillis(), how, at);
  }
}
