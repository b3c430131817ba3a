package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A block run with {@link Loop#withTimeout} passed its deadline: it was cancelled there (its
 * cleanup ran) and this is what the caller gets instead of its value ({@code asyncio.TimeoutError},
 * kotlinx's {@code TimeoutCancellationException}). The cause is the cancellation the block saw.
 *
 * <p>Also when the block caught that cancellation and returned a value: as kotlinx's {@code
 * withTimeout} (a coroutine cancelled by its timeout completes with the timeout's exception whatever
 * the block returns), unlike {@code asyncio.timeout}, which raises {@code TimeoutError} only if the
 * {@code CancelledError} leaves the block. {@link #late()} then says how long after the deadline it
 * returned, and the message where the cancellation was caught.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public class TimeoutExpiredException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final String block;
  private final Duration timeout;
  private final Duration late;

  public TimeoutExpiredException(String block, Duration timeout, Throwable cause) {
    super("block '" + block + "' timed out after " + timeout + ": it was cancelled at its deadline", cause);
    this.block = block;
    this.timeout = timeout;
    this.late = null;
  }

  /** The block caught its cancellation ({@code cause}) and returned {@code late} after the deadline; {@code message} says so. */
  @API(status = EXPERIMENTAL, since = "0.4")
  public TimeoutExpiredException(String block, Duration timeout, Duration late, String message, Throwable cause) {
    super(message, cause);
    this.block = block;
    this.timeout = timeout;
    this.late = late;
  }

  /** How long after its deadline a block that swallowed its cancellation returned; empty when it did not return. */
  @API(status = EXPERIMENTAL, since = "0.4")
  public Optional<Duration> late() {
    return Optional.ofNullable(late);
  }

  /** The name given to the block. */
  public String block() {
    return block;
  }

  public Duration timeout() {
    return timeout;
  }
}
