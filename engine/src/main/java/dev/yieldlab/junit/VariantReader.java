package dev.yieldlab.junit;

import dev.yieldlab.api.DurationText;
import dev.yieldlab.api.Variant;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.Yields;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Expands a run method's {@link Variant} annotations into {@link VariantSpec}s, one per test. */
final class VariantReader {

  private VariantReader() {}

  /** The variants of {@code method}; throws IllegalArgumentException with a fix when one is malformed. */
  static List<VariantSpec> read(Method method, String where) {
    Variant[] declared = method.getAnnotationsByType(Variant.class);
    if (declared.length == 0) {
      return List.of(VariantSpec.DEFAULT);
    }
    List<VariantSpec> variants = new ArrayList<>();
    for (Variant variant : declared) {
      variants.addAll(expand(variant, where));
    }
    Set<String> names = new HashSet<>();
    for (VariantSpec variant : variants) {
      if (!names.add(variant.name())) {
        throw new IllegalArgumentException(where + " declares two variants named '" + variant.name()
            + "': give each @Variant its own name");
      }
    }
    return List.copyOf(variants);
  }

  private static List<VariantSpec> expand(Variant variant, String where) {
    Yields yields = variant.yields();
    String base = variant.name().isBlank() ? yields.name().toLowerCase(Locale.ROOT).replace('_', '-') : variant.name();
    String what = where + " @Variant '" + base + "'";
    boolean needsEvery = yields == Yields.MANUAL || yields == Yields.CHECK_ONLY || yields == Yields.INJECTED;
    if (needsEvery && variant.every().length == 0) {
      throw new IllegalArgumentException(what + " yields " + yields + " but sets no every: add every = 2_000_000 (or several values for a sweep)");
    }
    for (long every : variant.every()) {
      if (every <= 0) {
        throw new IllegalArgumentException(what + " has every = " + every + ": it must be a positive count");
      }
      if (yields == Yields.INJECTED && every > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(what + " has every = " + every
            + ": injected yield points count back-edges in an int, so every is at most " + Integer.MAX_VALUE);
      }
    }
    Optional<Duration> interval = variant.interval().isBlank() ? Optional.empty()
        : Optional.of(DurationText.parse(variant.interval(), what + " interval"));
    if (yields == Yields.INJECTED_TIMED && interval.isEmpty()) {
      throw new IllegalArgumentException(what + " yields INJECTED_TIMED but sets no interval: add interval = \"5ms\"");
    }
    Map<String, String> params = params(variant.params(), what);
    if (variant.every().length <= 1) {
      long every = variant.every().length == 0 ? 0 : variant.every()[0];
      return List.of(new VariantSpec(base, yields, every, interval, params));
    }
    List<VariantSpec> sweep = new ArrayList<>();
    for (long every : variant.every()) {
      String name = base + " every " + String.format(Locale.ROOT, "%,d", every);
      sweep.add(new VariantSpec(name, yields, every, interval, params));
    }
    return sweep;
  }

  private static Map<String, String> params(String[] pairs, String what) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : pairs) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(what + " has param \"" + pair + "\": write params as \"key=value\"");
      }
      params.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
    return params;
  }
}
