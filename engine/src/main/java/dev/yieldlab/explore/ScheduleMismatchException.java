package dev.yieldlab.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A schedule replayed on a run it does not fit: made by another build, or for another run. */
@API(status = EXPERIMENTAL, since = "0.3")
public final class ScheduleMismatchException extends IllegalStateException {

  ScheduleMismatchException(String message) {
    super(message);
  }
}
