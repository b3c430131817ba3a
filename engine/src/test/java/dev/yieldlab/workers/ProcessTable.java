package dev.yieldlab.workers;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** The machine's process table, searched by a word on the command line, as {@code ps | grep} would. */
final class ProcessTable {

  private ProcessTable() {}

  static List<ProcessHandle> withWordOnCommandLine(String word) {
    return ProcessHandle.allProcesses()
        .filter(process -> process.pid() != ProcessHandle.current().pid())
        .filter(process -> process.info().commandLine().map(line -> line.contains(word)).orElse(false)
            || process.info().arguments().map(args -> List.of(args).stream().anyMatch(a -> a.contains(word)))
                .orElse(false))
        .toList();
  }

  /** Polls until {@code condition} holds for the processes carrying {@code word}, or the time is up. */
  static List<ProcessHandle> awaitProcesses(String word, Predicate<List<ProcessHandle>> condition, Duration patience)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    List<ProcessHandle> found = withWordOnCommandLine(word);
    while (!condition.test(found) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      found = withWordOnCommandLine(word);
    }
    return found;
  }
}
