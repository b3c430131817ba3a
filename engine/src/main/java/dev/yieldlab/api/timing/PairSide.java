package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Which side of a pair a {@link dev.yieldlab.api.Run#paired() paired} run's body is asked to measure. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum PairSide {
  /** What the treatment is compared with, e.g. one worker. */
  BASELINE,
  /** What is measured against the baseline, e.g. N workers. */
  TREATMENT
}
