package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import org.apiguardian.api.API;

/**
 * A timing claim that no measurement could ever confirm or refute, as written: a band that cannot be
 * met (an expected ratio or tolerance that is not positive), a ratio of a run with itself, a budget of
 * zero. A defect of the check, not evidence: the check errors with this message, which the engine
 * prefixes with the check's name, and the rest of the suite runs on.
 */
@API(status = EXPERIMENTAL, since = "0.4")
public class MalformedTimingClaimException extends IllegalArgumentException {

  @Serial private static final long serialVersionUID = 1L;

  public MalformedTimingClaimException(String message) {
    super(message);
  }

  public MalformedTimingClaimException(String message, Throwable cause) {
    super(message, cause);
  }
}
