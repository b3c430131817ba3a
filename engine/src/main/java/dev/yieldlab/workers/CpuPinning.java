package dev.yieldlab.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.opentest4j.TestAbortedException;

/**
 * Whether all workers can be pinned to CPU 0 here, and why not. Pinning needs Linux's {@code
 * taskset}, a CPU 0 this process may use, and more than one CPU: on a one-CPU machine "pinned" and
 * "not pinned" are the same run, so a comparison between them would prove nothing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CpuPinning {

  private static volatile Optional<String> unavailableReason;
  private static volatile String tasksetPath;

  private CpuPinning() {}

  /** Empty when pinning works here; otherwise the reason it does not, for a skip message. */
  public static Optional<String> unavailableReason() {
    Optional<String> reason = unavailableReason;
    if (reason == null) {
      reason = probe();
      unavailableReason = reason;
    }
    return reason;
  }

  /** Aborts the calling test (a skip with the reason, never a pass) when pinning is not possible. */
  public static void requireAvailable() {
    unavailableReason().ifPresent(reason -> {
      throw new TestAbortedException("cannot pin workers to one CPU: " + reason);
    });
  }

  static String tasksetPath() {
    requireAvailable();
    return tasksetPath;
  }

  private static Optional<String> probe() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      return Optional.of("pinning uses Linux's taskset, and this is " + System.getProperty("os.name"));
    }
    int cpus = Runtime.getRuntime().availableProcessors();
    if (cpus < 2) {
      return Optional.of("this machine gives the JVM " + cpus + " CPU: pinned and unpinned runs would be the same");
    }
    Optional<Path> taskset = Executables.onPath("taskset");
    if (taskset.isEmpty()) {
      return Optional.of("no taskset executable on the PATH (package util-linux)");
    }
    String path = taskset.get().toString();
    // taskset pins itself and runs itself again: proves CPU 0 is allowed to us without any other program.
    try {
      Process probe = new ProcessBuilder(path, "-c", "0", path, "-V").redirectErrorStream(true).start();
      String output = new String(probe.getInputStream().readAllBytes()).trim();
      if (!probe.waitFor(10, TimeUnit.SECONDS)) {
        probe.destroyForcibly();
        return Optional.of("'" + path + " -c 0' did not finish within 10 s");
      }
      if (probe.exitValue() != 0) {
        return Optional.of("'" + path + " -c 0' failed with exit code " + probe.exitValue() + ": " + output);
      }
    } catch (IOException e) {
      return Optional.of("cannot run " + path + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while probing taskset");
    }
    tasksetPath = path;
    return Optional.empty();
  }
}
