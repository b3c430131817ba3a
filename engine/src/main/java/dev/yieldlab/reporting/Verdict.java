package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What the run says about a claim of the post. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum Verdict {
  /** Every check bearing on the claim produced evidence, and all of it is for the claim. */
  CONFIRMED,
  /**
   * Every check that produced evidence is for the claim, but some bearing on it produced none (aborted,
   * errored or inconclusive): never called confirmed on partial evidence.
   */
  PARTLY_EVIDENCED,
  /** Every check that produced evidence is against the claim. */
  REFUTED,
  /** Some evidence is for the claim and some against it: the claim holds only in part. */
  NUANCED,
  /** Checks bearing on the claim ran, but none produced evidence (aborted, errored or inconclusive); the ledger says why. */
  INCONCLUSIVE,
  /** No check bearing on the claim ran in this session. */
  SKIPPED;

  /** {@code partly evidenced}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** {@code partly-evidenced}: a name for styles and machines. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Whether the claim lacks evidence it should have had: partly evidenced or inconclusive. */
  public boolean lacksEvidence() {
    return this == PARTLY_EVIDENCED || this == INCONCLUSIVE;
  }
}
