package dev.yieldlab.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.KernelView;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
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
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PythonRun(String script, List<String> arguments, List<PythonLine> lines, List<KernelView> kernel,
    Duration elapsed, double foreignCpus) {

  public PythonRun {
    arguments = List.copyOf(arguments);
    lines = List.copyOf(lines);
    kernel = List.copyOf(kernel);
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
