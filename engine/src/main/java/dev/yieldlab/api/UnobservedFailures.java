package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.sync.QueueClosedException;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The tasks of a run that ended in a failure nobody observed: never joined, gathered, selected or
 * awaited in a scope, so that their exception went nowhere (asyncio's "Task exception was never
 * retrieved", which it logs when the task is collected; kotlinx fails the parent scope). Counted by
 * the loop itself, so a run that fails thousands of tasks past the timeline's event limit still says
 * how many; the first {@value #LISTED} are kept with their exceptions.
 *
 * @param count every such task of the run
 * @param listed the first of them, in the order they ended (at most {@value #LISTED})
 */
@API(status = EXPERIMENTAL, since = "0.4")
public record UnobservedFailures(long count, List<Failed> listed) {

  /** Tasks listed with their failure; the rest are counted. */
  public static final int LISTED = 50;

  /** A run in which every failure was observed. */
  public static final UnobservedFailures NONE = new UnobservedFailures(0, List.of());

  public UnobservedFailures {
    listed = List.copyOf(listed);
  }

  /**
   * One task and what it failed with.
   *
   * @param task the task's name
   * @param failure the exception it ended with
   */
  public record Failed(String task, Throwable failure) {
    /** {@code task 'consumer-3' failed with dev.yieldlab.api.sync.QueueClosedException: queue 'q'.get() ...}. */
    public String describe() {
      return "task '" + task + "' failed with " + failure;
    }
  }

  public boolean isEmpty() {
    return count == 0;
  }

  /** {@code 2 tasks ended with a failure nobody observed (...): task 'a' failed with ...; ...}, the first {@code shown} named. */
  public String describe(int shown) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%,d task%s ended with a failure that nobody"
        + " observed (never joined, gathered, selected or awaited in a scope; asyncio logs \"Task exception was never"
        + " retrieved\", kotlinx fails the parent scope): ", count, count == 1 ? "" : "s"));
    List<Failed> named = listed.subList(0, Math.min(shown, listed.size()));
    for (int i = 0; i < named.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(named.get(i).describe());
    }
    if (count > named.size()) {
      text.append(String.format(Locale.ROOT, "; ... and %,d more", count - named.size()));
    }
    return text.toString();
  }
}
