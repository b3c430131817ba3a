package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.kernel.KernelCounters;
import dev.yieldlab.api.kernel.RunKernel;
import dev.yieldlab.api.timeline.InjectedYieldPoints;
import dev.yieldlab.api.timing.Measurement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What was measured of a finished run variant. Reporters read the fields; {@link #reportEntries()}
 * is only how they are printed, as JUnit report entries (Surefire XML, IDEs) and in the measures
 * table, never read back.
 *
 * @param clock the clock the times are on
 * @param variant the variant, as the test tree describes it
 * @param elapsed the measured repetitions' elapsed times
 * @param switches coroutine switches in the kept timeline
 * @param threads loop threads that recorded its events
 * @param events events in the kept timeline
 * @param kernel what the kernel counted for the loop thread over the kept repetition
 * @param yieldPoints for an injected variant, what its yield points did (injected, reached, yielded,
 *     stalls that reached none); empty for the other variants
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record RunMeasures(ClockKind clock, String variant, Measurement elapsed, int switches, int threads, int events,
    RunKernel kernel, Optional<InjectedYieldPoints> yieldPoints) {

  /** The measures of {@code result}, run on {@code clock}. */
  public static RunMeasures of(ClockKind clock, RunResult result) {
    return new RunMeasures(clock, result.variant().describe(), result.measurement(), result.timeline().switches(),
        result.timeline().threadIds().size(), result.timeline().events().size(), result.kernel(), result.yieldPoints());
  }

  /**
   * {@code 10,000 coroutine switches; the loop thread: 3 voluntary and 1 involuntary OS context
   * switches, 2.900 s of CPU in 3.000 s, ...}: the run as the loop and the kernel saw it.
   */
  public String kernelSentence() {
    return String.format(Locale.ROOT, "%,d coroutine switches; %s", switches, kernel.loopThread().describe());
  }

  /** Key/value text, in this order, for JUnit report entries and the measures table. */
  public Map<String, String> reportEntries() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("clock", clock.name());
    entries.put("variant", variant);
    entries.put("elapsed.median.ms", millis(elapsed.median().toNanos()));
    entries.put("elapsed.min.ms", millis(elapsed.min().toNanos()));
    entries.put("elapsed.max.ms", millis(elapsed.max().toNanos()));
    entries.put("elapsed.spread.percent", String.format(Locale.ROOT, "%.1f", elapsed.relativeSpread() * 100));
    entries.put("repetitions", Integer.toString(elapsed.samples().size()));
    entries.put("switches", Integer.toString(switches));
    entries.put("threads", Integer.toString(threads));
    entries.put("events", Integer.toString(events));
    KernelCounters counted = kernel.loopThread().counters();
    entries.put("kernel.loop.switches.voluntary", counted.voluntarySwitches().describe(Object::toString));
    entries.put("kernel.loop.switches.involuntary", counted.involuntarySwitches().describe(Object::toString));
    entries.put("loop.idle.waits", Long.toString(kernel.loopIdleWaits()));
    entries.put("kernel.loop.cpu.ms", counted.onCpu().describe(cpu -> millis(cpu.toNanos())));
    entries.put("kernel.loop.runqueue.ms", counted.waitingToRun().describe(wait -> millis(wait.toNanos())));
    entries.put("kernel.loop.wall.ms", millis(kernel.loopThread().wall().toNanos()));
    yieldPoints.ifPresent(points -> {
      entries.put("yieldpoints.injected.backedges", Integer.toString(points.backEdgePolls()));
      entries.put("yieldpoints.injected.entries", Integer.toString(points.entryPolls()));
      entries.put("yieldpoints.reached", Long.toString(points.reached()));
      entries.put("yieldpoints.yielded", Long.toString(points.yielded()));
      entries.put("yieldpoints.unreached.stalls", Integer.toString(points.unreached().size()));
      for (int i = 0; i < Math.min(3, points.unreached().size()); i++) {
        entries.put("yieldpoints.unreached." + (i + 1), points.unreached().get(i).describe());
      }
    });
    entries.put("kernel.process.threads", kernel.threadsAtStart().with(kernel.threadsAtEnd(), (a, b) -> a + " / " + b)
        .describe(text -> text + " (start / end)"));
    return entries;
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }
}
