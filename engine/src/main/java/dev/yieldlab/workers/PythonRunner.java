package dev.yieldlab.workers;

import dev.yieldlab.api.workers.PythonLine;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.kernel.KernelCounters;
import dev.yieldlab.api.kernel.KernelView;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.OutsideEvent;
import dev.yieldlab.api.workers.PythonRun;
import dev.yieldlab.api.workers.PythonScript;
import dev.yieldlab.kernel.MachineLoad;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * Runs a {@link PythonScript}: a child process of {@code python3} (no shell), its printed lines put
 * into the run's timeline as lanes of their own, its threads' kernel counters read from what it
 * reports. The script and its helpers are copied to a temporary directory for the run, next to
 * {@value #HARNESS}, the harness every script imports (the parent watch, the monotonic stamps, the
 * kernel counters line), shipped with this class.
 */
final class PythonRunner {

  /** What the kernel-counter lines start with; the rest is the label, then the counters (see {@value #HARNESS}). */
  static final String KERNEL = "yieldlab-kernel";
  /** The harness module the scripts import, shipped with this class. */
  static final String HARNESS = "yieldlab_child.py";

  private final String script;
  private final Class<?> anchor;
  private final String folder;
  private final List<String> helpers;
  private final List<String> arguments;
  private final Duration timeout;
  private final boolean pinned;

  private PythonRunner(PythonScript described) {
    this.script = described.script();
    this.anchor = described.anchor();
    this.folder = described.folder();
    this.helpers = described.helpers();
    this.arguments = described.arguments();
    this.timeout = described.timeoutValue();
    this.pinned = described.isPinnedToOneCpu();
  }

  /** Aborts the calling test, with the reason, when there is no {@code python3} to run the post's code. */
  static Path requirePython() {
    return Executables.onPath("python3").orElseThrow(() -> new TestAbortedException("no python3 on the PATH, so the"
        + " post's own Python cannot be rerun here (Debian: apt-get install python3); yieldlab's reproduction still runs"));
  }

  /** Runs {@code script} to its end and puts its lines into {@code loop}'s timeline; fails as any child fails. */
  static PythonRun run(PythonScript script, Loop loop) {
    return new PythonRunner(script).run(loop);
  }

  private PythonRun run(Loop loop) {
    Path python = requirePython();
    Path directory = copyToTemporaryDirectory();
    List<String> command = new ArrayList<>();
    if (pinned) {
      command.addAll(List.of(CpuPinning.tasksetPath(), "-c", "0"));
    }
    command.addAll(List.of(python.toString(), directory.resolve(script).toString()));
    command.addAll(arguments);
    MachineLoad.Reading before = MachineLoad.read();
    long started = System.nanoTime();
    ChildProcess child = ChildProcess.start("python " + script, command);
    try {
      ChildProcess.awaitAll(List.of(child), timeout);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      List<String> stdout = child.stdoutLines();
      List<PythonLine> lines = stdout.stream().map(PythonLines::parse).flatMap(Optional::stream).toList();
      if (lines.isEmpty()) {
        throw child.withoutReport("the post's lines (text 'at HH:MM:SS' and a '[monotonic]' stamp)");
      }
      PythonRun run = new PythonRun(script, arguments, lines, kernelViews(stdout), elapsed,
          MachineLoad.foreignCpus(before, MachineLoad.read()), pinned);
      loop.recordOutside(lanes(run, started, child.pid()));
      return run;
    } finally {
      child.kill();
      delete(directory);
    }
  }

  /**
   * A lane per name the lines give (the post's coroutines, its main code) with a dot per line, and
   * one for the process from its launch to its exit, its kernel counters at its end.
   */
  private static List<OutsideEvent> lanes(PythonRun run, long startedNanoTime, long pid) {
    long nowNanoTime = System.nanoTime();
    Instant now = Instant.now();
    List<OutsideEvent> events = new ArrayList<>();
    String process = "python " + run.script() + " (pid " + pid + ")";
    events.add(new OutsideEvent(EventKind.WORKER_RUN, process, now.minusNanos(nowNanoTime - startedNanoTime),
        "python3 " + run.script() + " " + String.join(" ", run.arguments())));
    for (PythonLine line : run.lines()) {
      // time.monotonic() is CLOCK_MONOTONIC, the clock System.nanoTime() reads on Linux.
      events.add(new OutsideEvent(EventKind.WORKER_LOG, "python " + line.lane(),
          now.minusNanos(nowNanoTime - line.monotonicNanos()), line.printed()));
    }
    events.add(new OutsideEvent(EventKind.WORKER_END, process, now,
        run.kernel().stream().map(KernelView::describe).reduce((a, b) -> a + "; " + b).orElse("exited")));
    return events;
  }

  /** {@code yieldlab-kernel <label> <voluntary> <involuntary> <cpu ns> <run-queue ns> <slices> <wall ns>}; {@code ?reason} for a missing figure. */
  static List<KernelView> kernelViews(List<String> stdout) {
    List<KernelView> views = new ArrayList<>();
    for (String line : stdout) {
      String[] f = line.split("\t");
      if (f[0].equals(KERNEL) && f.length == 8) {
        KernelCounters counters = new KernelCounters(ChildProtocol.count(f[2]), ChildProtocol.count(f[3]),
            ChildProtocol.count(f[4]).map(Duration::ofNanos), ChildProtocol.count(f[5]).map(Duration::ofNanos),
            ChildProtocol.count(f[6]));
        views.add(new KernelView(f[1], counters, Duration.ofNanos(Long.parseLong(f[7]))));
      }
    }
    return views;
  }

  private Path copyToTemporaryDirectory() {
    try {
      Path directory = Files.createTempDirectory("yieldlab-python-");
      try (InputStream harness = PythonRunner.class.getResourceAsStream("python/" + HARNESS)) {
        Files.copy(Objects.requireNonNull(harness, HARNESS + " is missing from yieldlab's jar"), directory.resolve(HARNESS));
      }
      for (String file : Stream.concat(Stream.of(script), helpers.stream()).toList()) {
        try (InputStream in = anchor.getResourceAsStream(folder + "/" + file)) {
          if (in == null) {
            throw new IllegalArgumentException("no class path resource " + folder + "/" + file + " beside "
                + anchor.getName() + ": put the post's scripts in src/test/resources" + folder);
          }
          Files.copy(in, directory.resolve(file));
        }
      }
      return directory;
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot copy " + script + " to a temporary directory", unwritable);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException leftBehind) {
      // a temporary directory is all that is left; the run's outcome does not depend on it
    }
  }
}
