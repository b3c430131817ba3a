package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One resolved variant of a run, as its body and its checks see it; a {@code @Run} method that
 * declares a {@code VariantSpec} parameter receives it.
 *
 * @param name unique within the run, e.g. {@code "injected every 2,000,000"}
 * @param yields how the body yields
 * @param every iterations or back-edges between yields; 0 when the mode needs none
 * @param interval wall time between yields for INJECTED_TIMED, else empty
 * @param params further settings from {@link Variant#params()}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VariantSpec(String name, Yields yields, long every, Optional<Duration> interval, Map<String, String> params) {

  /** The variant of a run that declares none. */
  public static final VariantSpec DEFAULT = new VariantSpec("plain", Yields.PLAIN, 0, Optional.empty(), Map.of());

  public VariantSpec {
    params = Map.copyOf(params);
  }

  /** A {@link Variant#params()} value; fails naming the variant when it is missing. */
  public String param(String key) {
    String value = params.get(key);
    if (value == null) {
      throw new NoSuchElementException("variant '" + name + "' has no parameter '" + key + "'; it has " + params.keySet());
    }
    return value;
  }

  /** Whether the variant's body should run from the instrumented copy of the experiment's classes. */
  public boolean injected() {
    return yields == Yields.INJECTED || yields == Yields.INJECTED_TIMED;
  }

  /** The name and every setting, as the test tree shows a variant: {@code injected [INJECTED, every=2,000,000]}. */
  public String describe() {
    StringBuilder settings = new StringBuilder(yields.name());
    if (every > 0) {
      settings.append(", every=").append(everyText());
    }
    interval.ifPresent(i -> settings.append(", interval=").append(i.toMillis()).append("ms"));
    params.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> settings.append(", ").append(e.getKey()).append('=').append(e.getValue()));
    return name + " [" + settings + "]";
  }

  /** {@code every} with thousands separators, as display names show it. */
  public String everyText() {
    return String.format(Locale.ROOT, "%,d", every);
  }
}
