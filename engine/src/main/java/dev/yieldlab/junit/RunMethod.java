package dev.yieldlab.junit;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;

/**
 * A valid {@code @Run} method.
 *
 * @param name the run's name: its method name, which checks use to read it
 * @param displayName what the test tree shows
 * @param timeout its own limit, when {@code @Run(timeout)} sets one
 */
record RunMethod(String name, Method method, String displayName, Optional<Duration> timeout) {

  boolean takesLoop() {
    return method.getParameterCount() == 1;
  }
}
