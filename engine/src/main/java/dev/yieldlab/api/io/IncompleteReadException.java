package dev.yieldlab.api.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.EOFException;
import java.io.Serial;
import org.apiguardian.api.API;

/**
 * {@link Connection#readExactly} met the end of the stream first (asyncio {@code
 * IncompleteReadError}): the peer closed after {@link #partial()}{@code .length} of {@link
 * #expected()} bytes, which this exception carries.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public class IncompleteReadException extends EOFException {

  @Serial private static final long serialVersionUID = 1L;

  private final byte[] partial;
  private final int expected;

  public IncompleteReadException(String message, byte[] partial, int expected) {
    super(message);
    this.partial = partial.clone();
    this.expected = expected;
  }

  /** The bytes that came before the end of the stream. */
  public byte[] partial() {
    return partial.clone();
  }

  /** How many bytes were asked for. */
  public int expected() {
    return expected;
  }
}
