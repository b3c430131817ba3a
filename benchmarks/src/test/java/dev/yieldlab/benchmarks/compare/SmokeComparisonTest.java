package dev.yieldlab.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmarks from rotting: the whole comparison runs once under {@link Profile#SMOKE}
 * (JMH in this JVM, no warm-up, one 100 ms iteration, tiny sizes) and every benchmark, probe and
 * asyncio figure must have produced a number. Takes well under a minute.
 */
class SmokeComparisonTest {

  /** Each benchmark class, with how many parameter combinations it runs. */
  private static final List<String> BENCHMARKS = List.of(
      "LoopSwitchBenchmark.roundRobin[clock=REAL]", "LoopSwitchBenchmark.roundRobin[clock=VIRTUAL]",
      "ContinuationSwitchBenchmark.roundRobin", "SpawnJoinBenchmark.spawnAndJoin", "GatherBenchmark.spawnAndGather",
      "TimerHeapBenchmark.sleepRandomly[sleepers=1000]", "TimerHeapBenchmark.sleepRandomly[sleepers=100000]",
      "SleepingCoroutinesBenchmark.sleepTogether[count=100000,sleepMillis=10]",
      "SummingLoopBenchmark.sum[iterations=1000000,yields=PLAIN]",
      "SummingLoopBenchmark.sum[iterations=1000000,yields=CHECK_ONLY]",
      "SummingLoopBenchmark.sum[iterations=1000000,yields=MANUAL]",
      "EngineOverheadBenchmark.discoverAndExecute[engine=yieldlab]",
      "EngineOverheadBenchmark.discoverAndExecute[engine=junit-jupiter]",
      "timer-lag.median", "timer-lag.p99", "sleeping.heap");

  private static final List<String> ASYNCIO = List.of("switch", "spawn-join", "gather", "sleeping", "sleeping.heap",
      "seed-loop.plain", "seed-loop.modulo", "timer-lag.median", "timer-lag.p99");

  @Test
  void everyBenchmarkProbeAndAsyncioFigureProducesANumber() throws Exception {
    Compare.Comparison comparison = Compare.run(Profile.SMOKE, Path.of(".."));

    assertThat(comparison.yieldlab().all().keySet()).containsAll(BENCHMARKS);
    assertThat(comparison.asyncio().all().keySet()).containsAll(ASYNCIO);
    comparison.yieldlab().all().forEach((key, figure) -> assertThat(figure.value()).as(key).isFinite());
    assertThat(Files.readString(comparison.report()))
        .contains("| figure | yieldlab | asyncio | ratio |", "## Targets", "Python: 3.");
  }
}
