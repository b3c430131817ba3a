package dev.yieldlab.kernel;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.yieldlab.api.kernel.Figure;
import dev.yieldlab.api.kernel.KernelCounters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One thread's {@code status} and {@code schedstat}, kept open between reads ({@link ProcFile}): a loop
 * thread reads its counters at the start and end of every run, and opening the two files each time
 * cost more than reading them. Close it when the thread ends ({@link ProcFs#openCurrentThread}).
 */
@API(status = INTERNAL, since = "0.6")
public final class ThreadCounters implements AutoCloseable {

  private final Path thread;
  private final String shownAs;
  private final ProcFile status;
  private final ProcFile schedstat;

  ThreadCounters(Path thread, String shownAs) {
    this.thread = thread;
    this.shownAs = shownAs;
    this.status = new ProcFile(thread.resolve("status"));
    this.schedstat = new ProcFile(thread.resolve("schedstat"));
  }

  /** The thread's counters since it started, each figure with the reason where it is unavailable. */
  public KernelCounters read() {
    Figure<String> statusText = ProcFs.status(status, shownAs + "/status");
    if (statusText instanceof Figure.Unavailable<String> && !Files.isDirectory(thread)) {
      return KernelCounters.unavailable("no " + shownAs + ": the kernel's per-thread counters are Linux's /proc"
          + " (os.name = " + System.getProperty("os.name") + ")");
    }
    Figure<Long> voluntary = ProcFs.field(statusText, shownAs + "/status", "voluntary_ctxt_switches");
    Figure<Long> involuntary = ProcFs.field(statusText, shownAs + "/status", "nonvoluntary_ctxt_switches");
    Figure<List<Long>> times = ProcFs.schedstat(schedstat, shownAs + "/schedstat");
    return new KernelCounters(voluntary, involuntary, times.map(f -> Duration.ofNanos(f.get(0))),
        times.map(f -> Duration.ofNanos(f.get(1))), times.map(f -> f.get(2)));
  }

  @Override
  public void close() {
    status.close();
    schedstat.close();
  }
}
