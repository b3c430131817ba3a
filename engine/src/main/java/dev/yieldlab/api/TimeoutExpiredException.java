package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * A block run with {@link Loop#withTimeout} passed its deadline: it was cancelled there (its
 * cleanup ran) and this is what the caller gets instead of its value ({@code asyncio.TimeoutError},
 * kotlinx's {@code TimeoutCancellationException}). The cause is the cancellation the block saw.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public class TimeoutExpiredException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final String block;
  private final Duration timeout;

  public TimeoutExpiredException(String block, Duration timeout, Throwable cause) {
    super("block '" + block + "' timed out after " + timeout + ": it was cancelled at its deadline", cause);
    this.block = block;
    this.timeout = timeout;
  }

  /** The name given to the block. */
  public String block() {
    return block;
  }

  public Duration timeout() {
    return timeout;
  }
}
