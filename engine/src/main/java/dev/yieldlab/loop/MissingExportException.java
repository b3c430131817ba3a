package dev.yieldlab.loop;

import java.io.Serial;

/** The JVM runs without {@link ContinuationAccess#REQUIRED_OPTION}; the message says where to add it. */
public final class MissingExportException extends IllegalStateException {

  @Serial private static final long serialVersionUID = 1L;

  MissingExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
