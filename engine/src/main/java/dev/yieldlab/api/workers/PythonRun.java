package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.kernel.KernelView;
import dev.yieldlab.api.timing.Disturbance;
import dev.yieldlab.api.timing.PairedSample;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What one run of the post's own Python printed and what the kernel counted for it.
 *
 * @param script the script's file name, e.g. {@code post_cpu_yield.py}
 * @param arguments what it was given
 * @param lines the post's lines, in the order printed
 * @param kernel the kernel's counters each of its threads reported: the main thread, and each
 *     multiprocessing child's, over what it computed
 * @param elapsed from starting the child to its exit, as this JVM saw it (interpreter start-up included)
 * @param foreignCpus how many CPUs other processes kept busy meanwhile; NaN where unknown
 * @param pinned whether it ran pinned to CPU 0 ({@link PythonScript#pinnedToOneCpu()})
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PythonRun(String script, List<String> arguments, List<PythonLine> lines, List<KernelView> kernel,
    Duration elapsed, double foreignCpus, boolean pinned) implements PairedSample {

  public PythonRun {
    arguments = List.copyOf(arguments);
    lines = List.copyOf(lines);
    kernel = List.copyOf(kernel);
  }

  /**
   * As one side of a paired run: the script's own time from its first printed line to its last, on
   * its monotonic clock (the interpreter's start-up and exit left out, as the post's own timings do).
   */
  @Override
  public Duration measured() {
    return Duration.ofNanos(lines.getLast().monotonicNanos() - lines.getFirst().monotonicNanos());
  }

  /** From starting the child to its exit. */
  @Override
  public Duration total() {
    return elapsed;
  }

  /** One CPU per process that reported its counters (multiprocessing's N), or one when all ran pinned to CPU 0. */
  @Override
  public int freeCpusNeeded() {
    return pinned ? 1 : Math.max(1, kernel.size());
  }

  /** Processes pinned to CPU 0 that waited for it more than their own share ({@link PinnedWaits}). */
  @Override
  public Optional<Disturbance> disturbance() {
    return pinned ? PinnedWaits.disturbance(kernel, kernel.size()) : Optional.empty();
  }

  @Override
  public String describe() {
    return script + " " + arguments + ": " + String.join(", ", messages()) + "; "
        + kernel.stream().map(KernelView::describe).reduce((a, b) -> a + "; " + b).orElse("no kernel counters");
  }

  /** The lines without their times, as the post's log reads: {@code yield_task1: step 0}. */
  public List<String> messages() {
    return lines.stream().map(PythonLine::message).toList();
  }

  /** The first line whose message is {@code message}; fails naming the lines there are. */
  public PythonLine line(String message) {
    return lines.stream().filter(line -> line.message().equals(message)).findFirst()
        .orElseThrow(() -> new NoSuchElementException(script + " printed no line \"" + message + "\"; it printed "
            + messages()));
  }

  /** The child's own monotonic time from the line {@code from} to the line {@code to}. */
  public Duration between(String from, String to) {
    return Duration.ofNanos(line(to).monotonicNanos() - line(from).monotonicNanos());
  }

  /** The kernel's view of the thread that reported as {@code label} ({@code python main thread}, {@code Process-1}). */
  public KernelView kernelOf(String label) {
    return kernel.stream().filter(view -> view.who().equals(label)).findFirst()
        .orElseThrow(() -> new NoSuchElementException(script + " reported no kernel counters for '" + label
            + "'; it reported " + kernel.stream().map(KernelView::who).toList()));
  }
}
