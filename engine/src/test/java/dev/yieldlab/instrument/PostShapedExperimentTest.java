package dev.yieldlab.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.instrument.samples.CpuHeavyNextToIo;
import dev.yieldlab.loop.EventLoop;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The engine's use in small: the same experiment body run plain (claim C4: {@code io_task} waits for
 * {@code cpu_heavy}) and as an instrumented copy yielding every 2,000,000 back-edges (claim C3:
 * {@code io_task} starts and finishes while {@code cpu_heavy} runs), with the coroutine bodies in
 * lambdas of the experiment class.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PostShapedExperimentTest {

  @Test
  void theInstrumentedCopyLetsIoTaskStartAndFinishWhileCpuHeavyRuns() throws Exception {
    Timeline timeline;
    long yields;
    EventLoop loop = newLoop();
    try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.everyBackEdges(2_000_000), loop::preemptAt)) {
      timeline = run(loop, Instrumentation.instrumentedCopy(CpuHeavyNextToIo.class));
      yields = policy.yields();
    }

    assertThat(order(timeline)).as(timeline.postStyleLog())
        .containsExactly("cpu_heavy start", "io_task started", "io_task finished", "cpu_heavy end");
    assertThat(yields).as("10^8 back-edges / 2,000,000").isEqualTo(50);
  }

  @Test
  void thePlainClassKeepsTheLoopUntilCpuHeavyEnds() throws Exception {
    Timeline timeline;
    EventLoop loop = newLoop();
    try (InstalledPolicy ignored = YieldPoints.install(YieldPolicy.everyBackEdges(2_000_000), loop::preemptAt)) {
      timeline = run(loop, CpuHeavyNextToIo.class);
    }

    assertThat(order(timeline)).as(timeline.postStyleLog())
        .containsExactly("cpu_heavy start", "cpu_heavy end", "io_task started", "io_task finished");
  }

  private static EventLoop newLoop() {
    return new EventLoop(ClockKind.REAL, Duration.ofSeconds(20));
  }

  private static Timeline run(EventLoop loop, Class<?> experimentClass) throws Exception {
    Object experiment = experimentClass.getDeclaredConstructor().newInstance();
    Method body = Instrumentation.counterpart(CpuHeavyNextToIo.class.getMethod("run", Loop.class), experimentClass);
    loop.run("main", () -> Copies.call(experiment, body, loop));
    return loop.timeline();
  }

  /** The log without cpu_heavy's checksum. */
  private static List<String> order(Timeline timeline) {
    return timeline.logs().stream().map(line -> line.startsWith("cpu_heavy end") ? "cpu_heavy end" : line).toList();
  }
}
