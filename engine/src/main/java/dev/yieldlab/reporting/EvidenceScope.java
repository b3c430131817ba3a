package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serializable;
import org.apiguardian.api.API;

/**
 * How far a check's evidence reaches, beside its pass or failure, as the check measured it: a timing
 * claim's interval ({@code coroutines N=2 / coroutines N=1 = 2.04 × [1.97, 2.11] (95 %, 12 pairs)}),
 * an explored ordering check's schedules ({@code held in all 1,152 schedules}). Handed to reporters
 * typed ({@link ExperimentReporter#checkScope}) and kept in the ledger's {@link CheckOutcome}s, so no
 * report reads it back out of a message.
 *
 * @param kind what the scope counts
 * @param text the scope in words, as reports show it
 */
@API(status = EXPERIMENTAL, since = "0.4")
public record EvidenceScope(Kind kind, String text) implements Serializable {

  /** What a scope counts. */
  public enum Kind {
    /** A ratio's estimate and interval, from the pairs it rests on. */
    TIMING,
    /** The schedules an explored check ran in. */
    SCHEDULES
  }

  @Override
  public String toString() {
    return text;
  }
}
