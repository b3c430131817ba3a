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
