package dev.yieldlab.api.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A check of an {@link dev.yieldlab.api.Explore explored} run did not hold on some schedule: the message names the
 * schedule (its id, the strategy, seed and index that found it), the command line that replays it and
 * where it left FIFO; the cause is what the check threw on it. Its type puts it among the refutations
 * by exploration in the report.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class ScheduleRefutation extends AssertionFailedError {

  @Serial private static final long serialVersionUID = 1L;

  private final transient ScheduleId schedule;

  public ScheduleRefutation(String message, ScheduleId schedule, Throwable cause) {
    super(message, cause);
    this.schedule = schedule;
  }

  /** The refuting schedule, shrunk: what {@code -Dyieldlab.schedule=} replays. */
  public ScheduleId schedule() {
    return schedule;
  }
}
