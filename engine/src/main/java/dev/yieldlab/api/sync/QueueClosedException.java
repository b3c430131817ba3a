package dev.yieldlab.api.sync;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import org.apiguardian.api.API;

/** A {@link Queue} was closed: no more puts; a get finds it closed and empty. */
@API(status = EXPERIMENTAL, since = "0.2")
public class QueueClosedException extends IllegalStateException {

  @Serial private static final long serialVersionUID = 1L;

  public QueueClosedException(String message) {
    super(message);
  }
}
