package dev.yieldlab.experiments.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** The operating system's view of the current thread, read from Linux's {@code /proc}. */
public final class OsThreads {

  private static final Path THREAD_SELF = Path.of("/proc/thread-self");
  private static final Path TASKS = Path.of("/proc/self/task");

  private OsThreads() {}

  /**
   * The nanoseconds the calling thread has spent on a CPU and waiting in a run queue for one, from
   * {@code /proc/thread-self/schedstat}, or {0, 0} where it cannot be read (not Linux). A thread
   * asleep in the kernel (in epoll, in a blocking read) is in neither: their sum over the wall time is
   * how much of it the thread wanted a CPU, whatever other processes on the machine left it.
   */
  public static long[] onCpuAndWaiting() {
    return schedstat(THREAD_SELF);
  }

  /** The same for the process's thread {@code tid} ({@code /proc/self/task/<tid>}); {0, 0} once it has ended. */
  public static long[] onCpuAndWaiting(long tid) {
    return schedstat(TASKS.resolve(Long.toString(tid)));
  }

  /** Each thread of this process now, by TID, with {@link #onCpuAndWaiting(long)}: a baseline to subtract. */
  public static Map<Long, long[]> everyThreadOnCpuAndWaiting() {
    Map<Long, long[]> readings = new HashMap<>();
    try (Stream<Path> tasks = Files.list(TASKS)) {
      tasks.forEach(task -> readings.put(Long.parseLong(task.getFileName().toString()), schedstat(task)));
    } catch (IOException | UncheckedIOException | NumberFormatException notLinux) {
      return Map.of();
    }
    return readings;
  }

  private static long[] schedstat(Path task) {
    try {
      String[] fields = Files.readString(task.resolve("schedstat")).trim().split("\\s+");
      return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
    } catch (IOException | UnsupportedOperationException | NumberFormatException | ArrayIndexOutOfBoundsException notLinux) {
      return new long[] {0, 0};
    }
  }

  /**
   * The kernel's id of the calling thread (its TID, as {@code ps -L} shows it), or empty where
   * {@code /proc/thread-self} does not exist (not Linux).
   */
  public static OptionalLong currentTid() {
    try {
      // /proc/thread-self links to "<pid>/task/<tid>".
      Path target = Files.readSymbolicLink(THREAD_SELF);
      return OptionalLong.of(Long.parseLong(target.getFileName().toString()));
    } catch (IOException | UnsupportedOperationException | NumberFormatException notLinux) {
      return OptionalLong.empty();
    }
  }
}
