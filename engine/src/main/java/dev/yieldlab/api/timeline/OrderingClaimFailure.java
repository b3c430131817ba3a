package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.ClaimFailures;
import java.io.Serial;
import org.apiguardian.api.API;
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
    return ClaimFailures.withStackOf(typed, original);
  }
}
