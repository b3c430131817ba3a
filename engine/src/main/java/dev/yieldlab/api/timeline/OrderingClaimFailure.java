package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.ListAssert;
import org.opentest4j.AssertionFailedError;

/**
 * A claim about the order of events did not hold: log order, interleaving, sequencing, threads or
 * switches ({@link TimelineAssert}). Its type, not its wording, puts it among the ordering-claim
 * failures of the report; it is an OpenTest4J {@link AssertionFailedError}, so IDEs still show the
 * expected and actual values of a log comparison.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class OrderingClaimFailure extends AssertionFailedError {

  @Serial private static final long serialVersionUID = 1L;

  private OrderingClaimFailure(String message) {
    super(message);
  }

  private OrderingClaimFailure(String message, Object expected, Object actual) {
    super(message, expected, actual);
  }

  /** The same failure (message, expected and actual values where it has them, stack), as an ordering-claim failure. */
  public static OrderingClaimFailure of(AssertionError original) {
    OrderingClaimFailure typed = original instanceof AssertionFailedError failed && failed.isExpectedDefined()
        ? new OrderingClaimFailure(original.getMessage(), failed.getExpected().getValue(),
            failed.isActualDefined() ? failed.getActual().getValue() : null)
        : new OrderingClaimFailure(original.getMessage());
    typed.setStackTrace(original.getStackTrace());
    return typed;
  }

  /**
   * {@code actual} as AssertJ list assertions whose every failure is an {@link OrderingClaimFailure}:
   * AssertJ's soft-assertion proxy intercepts each assertion method, and instead of collecting the
   * failure this collector rethrows it typed, at once, so the assertions still stop at the first.
   * AssertJ formats the messages (descriptions, representations); yieldlab only says which kind of
   * claim failed.
   */
  @SuppressWarnings("unchecked")
  static ListAssert<String> listAssert(List<String> actual) {
    return new AbstractSoftAssertions() {
      @Override
      public void collectAssertionError(AssertionError error) {
        throw OrderingClaimFailure.of(error);
      }
    }.proxy(ListAssert.class, List.class, actual);
  }
}
