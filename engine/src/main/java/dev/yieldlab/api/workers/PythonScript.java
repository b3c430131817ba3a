package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.Loop;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One of the post's own Python scripts, rerun on this machine as a reference beside yieldlab's
 * reproduction: a child process of {@code python3} (no shell), its printed lines put into the run's
 * timeline as lanes of their own (one per coroutine or process the lines name), its threads' kernel
 * counters read from what it reports.
 *
 * <p>The script and the helpers it imports are class path resources of one folder, copied to a
 * temporary directory for the run, next to {@code yieldlab_child.py}: the harness every script imports for
 * what yieldlab reads from it (the parent watch, the monotonic stamps, the kernel counters line). Like every child, it is killed with its descendants at its timeout
 * or when the run ends, and dies by itself when this JVM dies (it watches its stdin, and
 * multiprocessing's children ask the kernel to kill them with their parent). Without {@code python3}
 * on the PATH the run is aborted with the reason, never passed.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PythonScript {

  private final Class<?> anchor;
  private final String folder;
  private final String script;
  private final List<String> helpers;
  private final List<String> arguments;
  private final Duration timeout;
  private final boolean pinned;

  private PythonScript(Class<?> anchor, String folder, String script, List<String> helpers, List<String> arguments,
      Duration timeout, boolean pinned) {
    this.anchor = anchor;
    this.folder = folder;
    this.script = script;
    this.helpers = List.copyOf(helpers);
    this.arguments = List.copyOf(arguments);
    this.timeout = timeout;
    this.pinned = pinned;
  }

  /**
   * The script {@code folder/script} on {@code anchor}'s class path, with the helper modules of the
   * same folder it imports (e.g. {@code yieldlab_child.py}).
   */
  public static PythonScript of(Class<?> anchor, String folder, String script, String... helpers) {
    return new PythonScript(anchor, folder, script, List.of(helpers), List.of(), Duration.ofMinutes(2), false);
  }

  public PythonScript arguments(String... values) {
    return new PythonScript(anchor, folder, script, helpers, List.of(values), timeout, pinned);
  }

  public PythonScript timeout(Duration limit) {
    return new PythonScript(anchor, folder, script, helpers, arguments, Objects.requireNonNull(limit), pinned);
  }

  /** Runs it with {@code taskset -c 0}: the post's one-CPU machine. Aborted with the reason where that is impossible. */
  public PythonScript pinnedToOneCpu() {
    return new PythonScript(anchor, folder, script, helpers, arguments, timeout, true);
  }

  /** Aborts the calling test, with the reason, when there is no {@code python3} to run the post's code. */
  public static Path requirePython() {
    return WorkersRuntime.load().requirePython();
  }

  /** Runs the script to its end and puts its lines into {@code loop}'s timeline; fails as any child fails. */
  public PythonRun run(Loop loop) {
    return WorkersRuntime.load().run(this, loop);
  }

  /** The script's file name. */
  public String script() {
    return script;
  }

  /** The class whose class path holds the script's folder. */
  public Class<?> anchor() {
    return anchor;
  }

  /** The class path folder of the script and its helpers. */
  public String folder() {
    return folder;
  }

  /** The helper modules of the same folder it imports. */
  public List<String> helpers() {
    return helpers;
  }

  /** The script's command-line arguments. */
  public List<String> arguments() {
    return arguments;
  }

  /** How long it may take before it is killed. */
  public Duration timeoutValue() {
    return timeout;
  }

  /** Whether it runs with {@code taskset -c 0}. */
  public boolean isPinnedToOneCpu() {
    return pinned;
  }
}
