package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A timing claim did not hold: an elapsed ratio between two runs was outside its tolerance ({@link
 * RatioAssert}). Its type, not its wording, puts it among the ratio-claim failures of the report.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class RatioClaimFailure extends AssertionFailedError {

  @Serial private static final long serialVersionUID = 1L;

  private RatioClaimFailure(String message) {
    super(message);
  }

  /** The same failure (message, stack), as a ratio-claim failure. */
  static RatioClaimFailure of(AssertionError original) {
    return ClaimFailures.withStackOf(new RatioClaimFailure(original.getMessage()), original);
  }
}
