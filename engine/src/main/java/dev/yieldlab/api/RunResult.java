package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What one {@link Run} left behind.
 *
 * @param name the run's name (its method name)
 * @param timeline every event of its loop
 * @param elapsed wall time of the whole run on the loop's clock
 * @param value what the run method returned, or null
 * @param failure what it threw, if it failed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunResult(
    String name, Timeline timeline, Duration elapsed, Object value, Optional<Throwable> failure) {

  /**
   * The run method's return value as {@code type} (a primitive type such as {@code int.class} reads
   * the boxed value, as the run method returned it); fails clearly if it returned something else.
   */
  @SuppressWarnings("unchecked")
  public <T> T value(Class<T> type) {
    // Reflection boxes a primitive return value; int.class.isInstance(42) is false, so compare boxed types.
    Class<?> boxed = MethodType.methodType(type).wrap().returnType();
    if (!boxed.isInstance(value)) {
      throw new IllegalStateException(
          "run '" + name + "' returned " + (value == null ? "nothing" : value.getClass().getName())
              + ", not a " + type.getName() + ": return the value from the @Run method");
    }
    return (T) value;
  }
}
