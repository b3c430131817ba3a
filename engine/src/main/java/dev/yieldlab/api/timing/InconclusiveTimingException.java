package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import org.apiguardian.api.API;
import org.opentest4j.TestAbortedException;

/**
 * A timing claim whose evidence decides nothing yet: its ratio's interval straddles the band, or too
 * few pairs count. Thrown by {@link RatioAssert}; the engine catches it, measures more pairs while the
 * check's budget lasts ({@link dev.yieldlab.api.Check#budgetPairs()}, {@link dev.yieldlab.api.Check#budgetTime()}) and runs the check
 * again. When the budget is spent the check ends <em>aborted</em> with this reason (JUnit's
 * "skipped"), or failed with {@link InconclusiveClaimFailure} under {@code -Dyieldlab.inconclusive=fail}.
 * The claims ledger counts it as inconclusive, never as evidence for or against.
 */
@API(status = EXPERIMENTAL, since = "0.4")
public final class InconclusiveTimingException extends TestAbortedException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient TimingVerdict verdict;

  public InconclusiveTimingException(String message, TimingVerdict verdict) {
    super(message);
    this.verdict = verdict;
  }

  /** The typed verdict, for the engine and the reports; null after deserialization. */
  public TimingVerdict verdict() {
    return verdict;
  }
}
