package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What the run says about a claim of the post. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum Verdict {
  /** Every check that produced evidence passed. */
  CONFIRMED,
  /** Every check that produced evidence failed. */
  REFUTED,
  /** Some checks passed and some failed: the claim holds only in part. */
  NUANCED,
  /** No check produced evidence; the ledger says why. */
  SKIPPED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
