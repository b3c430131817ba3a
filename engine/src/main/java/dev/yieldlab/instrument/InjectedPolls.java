package dev.yieldlab.instrument;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * How many polls an {@link InstrumentingClassLoader} has injected so far, over the classes it has
 * defined: one per back-edge and one per method entry. Classes are defined when first used, so read
 * it after a run to count what that run could reach.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class InjectedPolls {

  private final AtomicInteger backEdges = new AtomicInteger();
  private final AtomicInteger methodEntries = new AtomicInteger();
  private final AtomicInteger classes = new AtomicInteger();

  /** Polls at back-edges (loops), in every class defined so far. */
  public int backEdges() {
    return backEdges.get();
  }

  /** Polls at method entries (recursion, lambdas called from code that is not instrumented). */
  public int methodEntries() {
    return methodEntries.get();
  }

  /** Classes defined instrumented so far. */
  public int classes() {
    return classes.get();
  }

  void addClass() {
    classes.incrementAndGet();
  }

  void addBackEdges(int count) {
    backEdges.addAndGet(count);
  }

  void addMethodEntry() {
    methodEntries.incrementAndGet();
  }
}
