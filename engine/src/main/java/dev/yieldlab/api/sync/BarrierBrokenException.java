package dev.yieldlab.api.sync;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import org.apiguardian.api.API;

/** A {@link Barrier} was aborted: asyncio's {@code BrokenBarrierError}. */
@API(status = EXPERIMENTAL, since = "0.2")
public class BarrierBrokenException extends IllegalStateException {

  @Serial private static final long serialVersionUID = 1L;

  public BarrierBrokenException(String message) {
    super(message);
  }
}
