package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * An inconclusive timing claim reported as a failure: what {@code -Dyieldlab.inconclusive=fail} makes
 * of an {@link InconclusiveTimingException} whose budget is spent, for pipelines that must not pass
 * without a verdict. Its type, not its wording, keeps it apart from refuted claims in the reports and
 * counts it as inconclusive in the claims ledger.
 */
@API(status = EXPERIMENTAL, since = "0.4")
public final class InconclusiveClaimFailure extends AssertionFailedError {

  @Serial private static final long serialVersionUID = 1L;

  private final transient TimingVerdict verdict;

  public InconclusiveClaimFailure(InconclusiveTimingException inconclusive) {
    super(inconclusive.getMessage() + " (failed because yieldlab.inconclusive=fail)", inconclusive);
    this.verdict = inconclusive.verdict();
  }

  /** The typed verdict; null after deserialization. */
  public TimingVerdict verdict() {
    return verdict;
  }
}
