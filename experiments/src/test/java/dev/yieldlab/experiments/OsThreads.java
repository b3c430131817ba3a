package dev.yieldlab.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The operating system's view of the current thread, read from Linux's {@code /proc}. */
final class OsThreads {

  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  private OsThreads() {}

  /**
   * The nanoseconds the calling thread has spent on a CPU and waiting in a run queue for one, from
   * {@code /proc/thread-self/schedstat}, or {0, 0} where it cannot be read (not Linux). A thread
   * asleep in the kernel (in epoll, in a blocking read) is in neither: their sum over the wall time is
   * how much of it the thread wanted a CPU, whatever other processes on the machine left it.
   */
  static long[] onCpuAndWaiting() {
    try {
      String[] fields = Files.readString(THREAD_SELF.resolve("schedstat")).trim().split("\\s+");
      return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
    } catch (IOException | UnsupportedOperationException | NumberFormatException | ArrayIndexOutOfBoundsException notLinux) {
      return new long[] {0, 0};
    }
  }

  /**
   * The kernel's id of the calling thread (its TID, as {@code ps -L} shows it), or empty where
   * {@code /proc/thread-self} does not exist (not Linux).
   */
  static OptionalLong currentTid() {
    try {
      // /proc/thread-self links to "<pid>/task/<tid>".
      Path target = Files.readSymbolicLink(THREAD_SELF);
      return OptionalLong.of(Long.parseLong(target.getFileName().toString()));
    } catch (IOException | UnsupportedOperationException | NumberFormatException notLinux) {
      return OptionalLong.empty();
    }
  }
}
