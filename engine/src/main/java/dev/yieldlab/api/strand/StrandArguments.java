package dev.yieldlab.api.strand;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import java.util.NoSuchElementException;
import org.apiguardian.api.API;

/** Reading a program's arguments, the same way on either scheduler. */
@API(status = INTERNAL, since = "0.2")
public final class StrandArguments {

  private StrandArguments() {}

  /** The value of {@code key}; fails naming the arguments there are. */
  public static String require(Map<String, String> arguments, String key) {
    String value = arguments.get(key);
    if (value == null) {
      throw new NoSuchElementException("the program was given no argument '" + key + "'; it has " + arguments
          + ": add it with StrandProgram.with(\"" + key + "\", ...)");
    }
    return value;
  }
}
