package dev.yieldlab.allure;

/** What the run says about a claim of the post. */
enum Verdict {
  /** Every check that produced evidence passed. */
  CONFIRMED,
  /** Every check that produced evidence failed. */
  REFUTED,
  /** Some checks passed and some failed: the claim holds only in part. */
  NUANCED,
  /** No check produced evidence; the ledger says why. */
  SKIPPED;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
