package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import org.apiguardian.api.API;

/**
 * Thrown inside a cancelled coroutine at the point where it waits, and by {@link Task#join()} of a
 * cancelled task ({@code asyncio.CancelledError}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class TaskCancelledException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  public TaskCancelledException(String message) {
    super(message);
  }
}
