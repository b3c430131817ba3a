package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.yieldlab.api.timeline.OrderingClaimFailure;
import dev.yieldlab.api.timing.RatioClaimFailure;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * Adds what the engine knows about a check's evidence to the check's failure, keeping the failure's
 * kind: an ordering-claim failure stays one, a ratio-claim failure too (the report's categories go by
 * type), an OpenTest4J failure keeps its expected and actual values (IDEs diff them), and the stack
 * and suppressed exceptions stay. Only the message grows, since a note kept elsewhere would be missed
 * exactly where it matters: in the failure a reader looks at first.
 */
@API(status = INTERNAL, since = "0.4")
public final class FailureNotes {

  private FailureNotes() {}

  /** {@code failure} with {@code note} on a line of its own after its message. */
  public static AssertionError withNote(AssertionError failure, String note) {
    String message = (failure.getMessage() == null ? "" : failure.getMessage()) + System.lineSeparator() + note;
    AssertionError noted;
    if (failure instanceof AssertionFailedError failed) {
      AssertionFailedError plain = failed.isExpectedDefined()
          ? new AssertionFailedError(message, failed.getExpected().getValue(),
              failed.isActualDefined() ? failed.getActual().getValue() : null, failed.getCause())
          : new AssertionFailedError(message, failed.getCause());
      plain.setStackTrace(failure.getStackTrace());
      noted = failure instanceof OrderingClaimFailure ? OrderingClaimFailure.of(plain)
          : failure instanceof RatioClaimFailure ratio ? RatioClaimFailure.of(plain, ratio.verdict()) : plain;
    } else {
      noted = new AssertionError(message, failure.getCause());
      noted.setStackTrace(failure.getStackTrace());
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      noted.addSuppressed(suppressed);
    }
    return noted;
  }
}
