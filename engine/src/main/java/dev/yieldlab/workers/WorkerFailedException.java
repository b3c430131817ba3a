package dev.yieldlab.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import java.util.List;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/** A worker failed: a thread threw, or a child process exited with a code other than 0. */
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

  WorkerFailedException(String worker, int exitCode, List<String> stderrTail) {
    super("worker process '" + worker + "' exited with code " + exitCode + describeTail(stderrTail));
    this.exitCode = OptionalInt.of(exitCode);
    this.stderrTail = List.copyOf(stderrTail);
  }

  /** The child's exit code; empty when the worker was a thread. */
  public OptionalInt exitCode() {
    return exitCode;
  }

  /** The child's last lines on stderr, oldest first. */
  public List<String> stderrTail() {
    return stderrTail;
  }

  static String describeTail(List<String> tail) {
    if (tail.isEmpty()) {
      return "; it wrote nothing to stderr";
    }
    return "; its last stderr lines:" + System.lineSeparator() + "  "
        + String.join(System.lineSeparator() + "  ", tail);
  }
}
