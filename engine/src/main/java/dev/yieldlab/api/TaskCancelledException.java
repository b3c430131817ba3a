package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Thrown inside a cancelled coroutine at the point where it waits, and by {@link Task#join()} of a
 * cancelled task ({@code asyncio.CancelledError}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class TaskCancelledException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final String reason;

  public TaskCancelledException(String message) {
    this(message, null);
  }

  /** A cancellation for {@code reason} (null for none), which the message should include. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public TaskCancelledException(String message, String reason) {
    super(message);
    this.reason = reason;
  }

  /** The reason given to {@link Task#cancel(String)}, or the deadline that cancelled a block; empty for none. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }
}
