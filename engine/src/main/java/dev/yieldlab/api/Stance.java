package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a passing {@link Check} says about the sentence of the claim it is evidence for; the claims
 * ledger weighs checks by it. Not every check is written to agree with the post: some measure
 * precisely where the post was wrong, or right for another reason.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Stance {
  /** A pass supports the sentence; a failure contradicts it. */
  SUPPORTS,
  /** A pass contradicts the sentence (we measured otherwise); a failure supports it. */
  CONTRADICTS,
  /** A pass says the sentence holds only in part, or for another reason than the post gives. */
  QUALIFIES
}
