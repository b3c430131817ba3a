package dev.yieldlab.junit;

import java.lang.reflect.InvocationTargetException;

/** Calls into experiment code and lets its exceptions out as they were thrown, not wrapped by reflection. */
final class Reflection {

  @FunctionalInterface
  interface ReflectiveCall<T> {
    T call() throws ReflectiveOperationException;
  }

  private Reflection() {}

  static <T> T invoke(ReflectiveCall<T> call) throws Exception {
    try {
      return call.call();
    } catch (InvocationTargetException thrown) {
      throw Reflection.<Exception>sneaky(thrown.getCause());
    }
  }

  /** Throws {@code thrown} as it is, checked or not. */
  @SuppressWarnings("unchecked")
  static <X extends Throwable> X sneaky(Throwable thrown) throws X {
    throw (X) thrown;
  }
}
