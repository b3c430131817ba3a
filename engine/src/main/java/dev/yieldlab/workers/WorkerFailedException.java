package dev.yieldlab.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import java.util.List;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A worker failed: a thread threw, a child process exited with a code other than 0, or a child
 * exited with 0 without printing the report line its parent reads its result from.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class WorkerFailedException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient OptionalInt exitCode;
  private final List<String> stderrTail;

  WorkerFailedException(String message, Throwable cause) {
    super(message, cause);
    this.exitCode = OptionalInt.empty();
    this.stderrTail = List.of();
  }

  private WorkerFailedException(String message, int exitCode, List<String> stderrTail) {
    super(message);
    this.exitCode = OptionalInt.of(exitCode);
    this.stderrTail = List.copyOf(stderrTail);
  }

  /** The child process {@code worker} exited with {@code exitCode}, which is not 0. */
  static WorkerFailedException exited(String worker, int exitCode, List<String> stderrTail) {
    return new WorkerFailedException("worker process '" + worker + "' exited with code " + exitCode
        + describeTail(stderrTail), exitCode, stderrTail);
  }

  /**
   * The child process {@code worker} exited with {@code exitCode} (0) but without the report line
   * it owes on stdout ({@code expected}), so there is no result to read: a body that calls
   * {@code System.exit} or replaces {@code System.out} does that. Its other stdout lines, if any,
   * and its stderr tail say what it did instead.
   */
  static WorkerFailedException withoutReport(String worker, int exitCode, String expected, List<String> stdout,
      List<String> stderrTail) {
    return new WorkerFailedException("worker process '" + worker + "' exited with code " + exitCode
        + " but printed no report line (" + expected + " on stdout), so its result is unknown; "
        + describeStdout(stdout) + describeTail(stderrTail), exitCode, stderrTail);
  }

  /** The child's exit code; empty when the worker was a thread. */
  public OptionalInt exitCode() {
    return exitCode;
  }

  /** The child's last lines on stderr, oldest first. */
  public List<String> stderrTail() {
    return stderrTail;
  }

  /** How many of the stdout lines of a child without a report line its failure shows, the last ones. */
  static final int STDOUT_TAIL_LINES = 5;

  private static String describeStdout(List<String> stdout) {
    if (stdout.isEmpty()) {
      return "its stdout was empty";
    }
    List<String> tail = stdout.subList(Math.max(0, stdout.size() - STDOUT_TAIL_LINES), stdout.size());
    return "it printed " + stdout.size() + " other stdout line(s), the last: " + tail;
  }

  static String describeTail(List<String> tail) {
    if (tail.isEmpty()) {
      return "; it wrote nothing to stderr";
    }
    return "; its last stderr lines:" + System.lineSeparator() + "  "
        + String.join(System.lineSeparator() + "  ", tail);
  }
}
