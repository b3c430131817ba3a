package dev.yieldlab.junit;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * A problem with how an experiment is declared: where it is and what to do about it. It becomes a
 * discovery issue and a failing test at that place, so it is neither fatal to the suite nor lost.
 *
 * @param type the experiment class
 * @param method the method at fault, empty when the class itself is
 * @param message what is wrong and how to fix it, naming the class and method
 */
record Declaration(Class<?> type, Optional<Method> method, String message) {

  static Declaration ofClass(Class<?> type, String message) {
    return new Declaration(type, Optional.empty(), message);
  }

  static Declaration ofMethod(Method method, String message) {
    return new Declaration(method.getDeclaringClass(), Optional.of(method), message);
  }

  TestSource source() {
    return method.<TestSource>map(m -> MethodSource.from(type, m)).orElseGet(() -> ClassSource.from(type));
  }
}
