package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What the yield points of an injected variant did in one run: how many were injected into the
 * classes the run loaded, how often the run reached them and how often that yielded, and every
 * stretch that held the loop past the stall threshold without reaching one. An injected variant
 * whose body spends its time where nothing was injected (a JDK method such as {@code Arrays.sort},
 * a library, a loop too short per call to reach its count) behaves like the plain one; this says so
 * instead of leaving the reader to guess.
 *
 * @param backEdgePolls polls injected at loop back-edges
 * @param entryPolls polls injected at method entries
 * @param reached times the run's code reached a poll's slow path (a count ran out, or a quantum expired)
 * @param yielded times that yielded the coroutine to the loop
 * @param unreached stalls during which no yield point was reached, in order
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record InjectedYieldPoints(int backEdgePolls, int entryPolls, long reached, long yielded,
    List<Unreached> unreached) {

  public InjectedYieldPoints {
    unreached = List.copyOf(unreached);
  }

  /**
   * A coroutine that held the loop past the stall threshold and reached no yield point meanwhile.
   *
   * @param task the coroutine
   * @param held how long it held the loop
   * @param method where the stall watchdog's last sample found it (innermost frame), or empty
   * @param instrumented whether that method's class is an instrumented copy (its loops too short per
   *     call to reach the count, or no loop at all) rather than code that is never instrumented
   */
  public record Unreached(String task, Duration held, String method, boolean instrumented) {

    /** {@code no yield point reached in 480 ms: the time was spent in java.util.DualPivotQuicksort.sort, ...}. */
    public String describe() {
      String where = method.isEmpty() ? "code the stall watchdog did not sample"
          : method + (instrumented ? ", an instrumented method whose polls did not reach their count within one call"
              : ", which has no instrumented back-edge (JDK and library code is never instrumented)");
      return String.format(Locale.ROOT, "'%s': no yield point reached in %d ms: the time was spent in %s", task,
          held.toMillis(), where);
    }
  }

  /** {@code 3 yield points injected (2 at back-edges, 1 at method entries); reached 50 times, 50 yields}. */
  public String describe() {
    return String.format(Locale.ROOT, "%,d yield points injected (%,d at back-edges, %,d at method entries);"
        + " reached %,d times, %,d yields%s", backEdgePolls + entryPolls, backEdgePolls, entryPolls, reached, yielded,
        unreached.isEmpty() ? "" : "; " + unreached.size() + " stall(s) reached none");
  }

  /**
   * The stalls of {@code timeline} that reached no yield point: each STALL whose stretch did not end
   * at a yield point; its method from the last stack sample, instrumented if its class loader is
   * {@code instrumentedLoader} (by name).
   */
  public static List<Unreached> unreachedIn(Timeline timeline, String instrumentedLoader) {
    List<Unreached> unreached = new ArrayList<>();
    List<TimelineEvent> events = timeline.events();
    for (int i = 0; i < events.size(); i++) {
      if (!(events.get(i).subject() instanceof EventSubject.Stall stall)) {
        continue;
      }
      String task = events.get(i).task();
      TimelineEvent ending = null;
      for (int j = i - 1; j >= 0 && ending == null; j--) {
        if (events.get(j).task().equals(task)) {
          ending = events.get(j);
        }
      }
      if (ending != null && ending.subject() instanceof EventSubject.YieldPoint) {
        continue; // it reached one, late: the interval is coarser than the stall threshold
      }
      List<StackTraceElement> stack = stall.samples().isEmpty() ? List.of() : stall.samples().getLast().stack();
      StackTraceElement top = stack.isEmpty() ? null : stack.getFirst();
      unreached.add(new Unreached(task, stall.held(), top == null ? "" : top.getClassName() + "." + top.getMethodName(),
          top != null && instrumentedLoader.equals(top.getClassLoaderName())));
    }
    return unreached;
  }
}
