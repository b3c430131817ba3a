package dev.yieldlab.junit;

import java.io.Serial;
import org.junit.platform.commons.JUnitException;

/** An experiment or one of its methods is declared in a way yieldlab cannot run; the message says how to fix it. */
public final class InvalidExperimentException extends JUnitException {

  @Serial private static final long serialVersionUID = 1L;

  InvalidExperimentException(String message) {
    super(message);
  }
}
