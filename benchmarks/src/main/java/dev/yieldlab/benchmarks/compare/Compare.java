package dev.yieldlab.benchmarks.compare;

import dev.yieldlab.benchmarks.probe.EchoLatencyProbe;
import dev.yieldlab.benchmarks.probe.EchoKernelProbe;
import dev.yieldlab.benchmarks.probe.InstrumentationOverheadProbe;
import dev.yieldlab.benchmarks.probe.RefutationProbe;
import dev.yieldlab.benchmarks.probe.SleepersProbe;
import dev.yieldlab.benchmarks.probe.SleepingHeapProbe;
import dev.yieldlab.benchmarks.probe.TimerLagProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs both sides and writes the comparison: the JMH benchmarks (in-process Runner, forking as each
 * benchmark's annotations say), the timer-lag and heap probes (fresh JVMs), then the asyncio script,
 * then (full profile only) the races under Fray ({@link FraySection}); prints the Markdown and writes
 * it to {@link Profile#report}.
 *
 * <p>Usage: {@code Compare [--smoke] [--root <repository root, default .>]}; normally through
 * {@code benchmarks/compare.sh}.
 */
public final class Compare {

  /** The documented command, quoted in the report it writes. */
  static final String COMMAND = "benchmarks/compare.sh";

  private Compare() {}

  public static void main(String[] args) throws RunnerException, IOException {
    Profile profile = Profile.FULL;
    Path root = Path.of(".");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> profile = Profile.SMOKE;
        case "--root" -> root = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: Compare [--smoke] [--root DIR]");
      }
    }
    Comparison comparison = run(profile, root);
    System.out.println(Files.readString(comparison.report()));
    System.out.println("written to " + comparison.report());
  }

  /** What one run measured on each side, and where its report went. */
  record Comparison(Measures yieldlab, Measures asyncio, Path report) {}

  /** Measures everything under {@code profile} and writes the report. */
  static Comparison run(Profile profile, Path root) throws RunnerException, IOException {
    Instant started = Instant.now();
    String loadBefore = Machine.loadAverage();
    Measures measures = JmhSide.run(profile);
    ProcessSide.run(ProcessSide.javaMain(TimerLagProbe.class.getName(), profile.timerLagArguments()), root, measures);
    List<String> withIo = new ArrayList<>(profile.timerLagArguments());
    withIo.add("io");
    ProcessSide.run(ProcessSide.javaMain(TimerLagProbe.class.getName(), withIo), root, measures);
    ProcessSide.run(ProcessSide.javaMain(SleepingHeapProbe.class.getName(), profile.heapArguments()), root, measures);
    ProcessSide.run(ProcessSide.javaMain(EchoLatencyProbe.class.getName(), profile.echoArguments()), root, measures);
    ProcessSide.run(ProcessSide.javaMain(EchoKernelProbe.class.getName(), profile.echoKernelArguments()), root, measures);
    ProcessSide.run(ProcessSide.javaMain(InstrumentationOverheadProbe.class.getName(), profile.instrumentationArguments()),
        root, measures);
    for (List<String> sleepers : profile.sleepersArguments()) {
      ProcessSide.run(ProcessSide.javaMain(SleepersProbe.class.getName(), sleepers), root, measures);
    }
    for (List<String> sleepers : profile.youngSleepersArguments()) {
      ProcessSide.run(ProcessSide.javaMain(List.of(Profile.MILLION_YOUNG_GENERATION), SleepersProbe.class.getName(), sleepers),
          root, measures);
    }
    ProcessSide.run(ProcessSide.javaMain(SleepingHeapProbe.class.getName(), profile.millionHeapArguments()), root, measures);
    ProcessSide.run(ProcessSide.javaMain(RefutationProbe.class.getName(), profile.refutationArguments()), root, measures);
    Measures asyncio = new Measures();
    List<String> python = new ArrayList<>(List.of("python3", "benchmarks/python/asyncio_side.py"));
    python.addAll(profile.asyncioArguments());
    ProcessSide.run(python, root, asyncio);
    Measures fray = FraySection.run(profile, root); // issue 23's peer; a row that says why when Fray cannot run
    String loadAfter = Machine.loadAverage();
    Path report = profile.report(root);
    Files.createDirectories(report.getParent());
    String text = PerformanceReport.render(measures, asyncio, fray,
        new PerformanceReport.Provenance(COMMAND, profile, started, Instant.now(), loadBefore, loadAfter));
    Files.writeString(report, Files.exists(report) ? PerformanceReport.keepNotes(text, Files.readString(report)) : text);
    return new Comparison(measures, asyncio, report);
  }
}
