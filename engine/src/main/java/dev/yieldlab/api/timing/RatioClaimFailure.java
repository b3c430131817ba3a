package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A timing claim was refuted: the whole interval of an elapsed ratio lay outside its band ({@link
 * RatioAssert}). Its type, not its wording, puts it among the ratio-claim failures of the report.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class RatioClaimFailure extends AssertionFailedError {

  @Serial private static final long serialVersionUID = 1L;

  private final transient TimingVerdict verdict;

  private RatioClaimFailure(String message, TimingVerdict verdict) {
    super(message);
    this.verdict = verdict;
  }

  /** The same failure (message, stack), as a ratio-claim failure refuting {@code verdict}. */
  public static RatioClaimFailure of(AssertionError original, TimingVerdict verdict) {
    RatioClaimFailure typed = new RatioClaimFailure(original.getMessage(), verdict);
    typed.setStackTrace(original.getStackTrace());
    return typed;
  }

  /** The refuting verdict, with its interval and pairs; null after deserialization. */
  public TimingVerdict verdict() {
    return verdict;
  }
}
