package dev.yieldlab.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.workers.Workers;
import java.io.Serial;
import org.apiguardian.api.API;

/** Workers did not end within their timeout; child processes among them have been killed. */
@API(status = EXPERIMENTAL, since = "0.1")
public class WorkerTimeoutException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  WorkerTimeoutException(String message) {
    super(message);
  }
}
