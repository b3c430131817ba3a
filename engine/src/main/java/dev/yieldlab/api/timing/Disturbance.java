package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Why a timed pair does not count: what disturbed it and how much, e.g. {@code foreign load: other
 * processes kept 1.02 CPUs busy during the treatment; the claim needs 2 free CPUs of 2}. The engine
 * measures such a pair again while the check's budget lasts.
 *
 * @param source the kind of noise
 * @param detail the figures, in words
 * @param precondition whether it is a precondition of the claim that failed (N free CPUs), which
 *     waiting can cure but more pairs on a busy machine cannot
 */
@API(status = EXPERIMENTAL, since = "0.4")
public record Disturbance(NoiseSource source, String detail, boolean precondition) {

  @Override
  public String toString() {
    return source.label() + ": " + detail;
  }
}
