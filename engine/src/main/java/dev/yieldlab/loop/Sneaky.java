package dev.yieldlab.loop;

/**
 * Rethrows a coroutine's exception unchanged, checked or not: the test must fail with the exception
 * and stack the author's code threw, not with a wrapper around it.
 */
final class Sneaky {

  private Sneaky() {}

  @SuppressWarnings("unchecked")
  static <X extends Throwable> X rethrow(Throwable thrown) throws X {
    throw (X) thrown;
  }
}
