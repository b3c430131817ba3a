package dev.yieldlab.junit;

import dev.yieldlab.loop.Sneaky;
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
      throw Sneaky.<Exception>rethrow(thrown.getCause());
    }
  }
}
