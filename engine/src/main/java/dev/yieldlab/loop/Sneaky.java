package dev.yieldlab.loop;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Rethrows an exception unchanged, checked or not: a test must fail with the exception and stack the
 * author's code threw (in a coroutine, or called by reflection), not with a wrapper around it.
 */
@API(status = INTERNAL, since = "0.2")
public final class Sneaky {

  private Sneaky() {}

  /** Throws {@code thrown} as it is; declared to return it so that callers can write {@code throw Sneaky.rethrow(t)}. */
  @SuppressWarnings("unchecked")
  public static <X extends Throwable> X rethrow(Throwable thrown) throws X {
    throw (X) thrown;
  }
}
