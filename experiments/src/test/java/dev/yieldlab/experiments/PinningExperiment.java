package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Variant;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.strand.StrandProgram;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.workers.PinnedEvent;
import dev.yieldlab.api.workers.StrandRun;
import dev.yieldlab.api.workers.Workers;
import java.util.List;
import java.util.Locale;

/**
 * Which blocking pins a virtual thread to its carrier on JDK 25, shown rather than told: on one
 * carrier, a {@code blocker} blocks for 300 ms while a {@code ticker} sleeps 10 ms over and over
 * ({@link BlockedNextToTicker}). JFR records {@code jdk.VirtualThreadPinned} in the child, and the
 * ticker's lane says what it cost: its wake-ups on time while the blocker unmounted, one 300 ms late
 * while it held the carrier.
 *
 * <ul>
 *   <li>Sleeping inside {@code synchronized}, and {@code Object.wait}: since JEP 491 (JDK 24) a virtual
 *       thread that holds or waits on a monitor unmounts like any other that parks: no pinned event, the
 *       ticker on time.
 *   <li>A class initializer and an FFM upcall (C's {@code qsort} calling a Java comparator that sleeps):
 *       a VM or native frame on the stack cannot be copied off the carrier, so the park falls back to
 *       parking the carrier ({@code VirtualThread.parkOnCarrierThread}, which posts the JFR event): one
 *       pinned event as long as the hold, and the ticker stalls for it.
 * </ul>
 *
 * <p>Measured here: the ticker's worst lag 0.3 to 2 ms next to synchronized and Object.wait (under 0.01
 * of the hold), 298 to 302 ms next to the class initializer and the upcall (0.99 to 1.01 of it); the
 * line between them is half the hold.
 */
@Experiment(claim = "VT-PIN", title = "On JDK 25 monitors no longer pin a virtual thread; native frames and class initializers do")
class PinningExperiment {

  static final long HOLD_MILLIS = 300;
  private static final List<String> FREED = List.of("synchronized", "object-wait");
  private static final List<String> PINNED = List.of("class-init", "ffm-upcall");

  @Run(value = "a blocker next to a ticker on one carrier", timeout = "2m")
  @Variant(name = "synchronized", params = {"kind=VIRTUAL_THREADS", "carriers=1"})
  @Variant(name = "object-wait", params = {"kind=VIRTUAL_THREADS", "carriers=1"})
  @Variant(name = "class-init", params = {"kind=VIRTUAL_THREADS", "carriers=1"})
  @Variant(name = "ffm-upcall", params = {"kind=VIRTUAL_THREADS", "carriers=1"})
  StrandRun blocked(Loop loop, VariantSpec variant) {
    return Workers.of(variant).run(loop, StrandProgram.of(BlockedNextToTicker.class).with("block", variant.name())
        .with("hold-ms", HOLD_MILLIS));
  }

  @Check(value = "blocked in synchronized or Object.wait, a virtual thread unmounts: no pinned event, the ticker on time",
      runs = "blocked")
  void monitorsFreeTheCarrier(Runs runs, Report report) {
    for (String variant : FREED) {
      StrandRun run = runs.get("blocked", variant).value(StrandRun.class);
      double lagShare = worstTickerLag(runs.get("blocked", variant).timeline()) / (HOLD_MILLIS * 1e6);
      report.entry(variant, describe(run, lagShare));
      assertThat(run.pinnedOf("blocker")).as("%s: %s", variant, run.describe()).isEmpty();
      assertThat(lagShare).as("%s: the ticker's worst lag over the hold", variant).isLessThan(0.5);
    }
  }

  @Check(value = "blocked in a class initializer or under an FFM upcall, it pins its carrier: JFR records it, the ticker stalls",
      runs = "blocked")
  void nativeFramesAndClassInitializersPin(Runs runs, Report report) {
    for (String variant : PINNED) {
      StrandRun run = runs.get("blocked", variant).value(StrandRun.class);
      Timeline timeline = runs.get("blocked", variant).timeline();
      double lagShare = worstTickerLag(timeline) / (HOLD_MILLIS * 1e6);
      report.entry(variant, describe(run, lagShare));
      List<PinnedEvent> pinned = run.pinnedOf("blocker");
      assertThat(pinned).as("%s: %s", variant, run.describe()).isNotEmpty();
      assertThat(pinned.stream().mapToLong(p -> p.duration().toMillis()).max().orElse(0))
          .as("%s: the longest pinned event, ms", variant).isGreaterThan(HOLD_MILLIS / 2);
      assertThat(lagShare).as("%s: the ticker's worst lag over the hold", variant).isGreaterThan(0.5);
      assertThat(timeline.task("blocker").activity().spans()).as("%s: the blocker's lane shows it blocked on its carrier", variant)
          .anyMatch(span -> span.cause() instanceof dev.yieldlab.api.timeline.EventSubject.Mounted m && m.blocked());
    }
    report.finding("yieldlab: on JDK " + Runtime.version().feature() + " synchronized and Object.wait unmount; a class"
        + " initializer and an FFM upcall pin the carrier, the other virtual thread stalls for the whole hold");
  }

  /** The ticker's longest wake-up lag, in ns. */
  private static long worstTickerLag(Timeline timeline) {
    return timeline.task("ticker").wakeUps().stream().mapToLong(w -> w.lag().toNanos()).max().orElseThrow();
  }

  private static String describe(StrandRun run, double lagShare) {
    return String.format(Locale.ROOT, "the ticker's worst lag %.1f ms (%.2f of the %d ms hold); ", lagShare * HOLD_MILLIS,
        lagShare, HOLD_MILLIS) + run.describe();
  }
}
