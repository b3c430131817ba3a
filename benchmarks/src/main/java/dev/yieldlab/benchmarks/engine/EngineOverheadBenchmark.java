package dev.yieldlab.benchmarks.engine;

import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.yieldlab.benchmarks.BenchmarkSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Discover and execute {@link #CASES} trivial cases through the JUnit Platform Launcher, with only
 * {@code engine} enabled: yieldlab's experiments (each run on a loop thread of its own, as the engine
 * always does) or Jupiter's tests. The setup runs them once and fails the trial unless every case
 * passed, so a broken case can never make an engine look fast.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineOverheadBenchmark extends BenchmarkSettings {

  static final int CASES = 1_000;

  @Param({"yieldlab", "junit-jupiter"})
  public String engine;

  private Launcher launcher;
  private LauncherDiscoveryRequest request;

  @Setup(Level.Trial)
  public void generateAndVerifyCases() {
    List<Class<?>> cases = switch (engine) {
      case "yieldlab" -> TrivialCases.experiments(CASES);
      case "junit-jupiter" -> TrivialCases.jupiterTests(CASES);
      default -> throw new IllegalArgumentException("unknown engine " + engine);
    };
    request = request()
        .selectors(cases.stream().map(DiscoverySelectors::selectClass).toList())
        .filters(includeEngines(engine))
        .build();
    launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    SilencedStdout.run(() -> launcher.execute(request, summary));
    TestExecutionSummary result = summary.getSummary();
    if (result.getTestsSucceededCount() != CASES || result.getTotalFailureCount() != 0) {
      throw new IllegalStateException(engine + ": expected " + CASES + " passing cases, got "
          + result.getTestsSucceededCount() + " passed, " + result.getTotalFailureCount() + " failed; "
          + result.getFailures().stream().findFirst().map(f -> f.getException().toString()).orElse(""));
    }
  }

  @Benchmark
  public void discoverAndExecute() {
    SilencedStdout.run(() -> launcher.execute(request));
  }
}
