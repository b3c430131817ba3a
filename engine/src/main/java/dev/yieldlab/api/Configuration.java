package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The JUnit Platform's configuration parameters ({@code junit-platform.properties}, Surefire's
 * {@code configurationParameters}, {@code -D}), as a {@link Run} method sees them when it declares a
 * {@code Configuration} parameter: how an experiment lets a user size its workload, e.g.
 * {@code -Dyieldlab.workers.iterations=3000000000}, the same way every engine setting is given.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Configuration {

  /** The parameter's value, if it is set. */
  Optional<String> get(String key);

  /** The parameter as a whole number of at least {@code minimum}, or {@code fallback} when it is not set. */
  default long getLong(String key, long fallback, long minimum) {
    Optional<String> text = get(key).map(String::trim);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text.get());
      if (value >= minimum) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below with the accepted range
    }
    throw new IllegalArgumentException(
        "configuration parameter " + key + "=" + text.get() + " is not a whole number of at least " + minimum);
  }
}
