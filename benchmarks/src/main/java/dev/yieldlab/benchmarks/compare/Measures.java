package dev.yieldlab.benchmarks.compare;

import dev.yieldlab.benchmarks.probe.FigureLine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The figures one side measured, by key, in the units they were measured in. */
final class Measures {

  private final Map<String, FigureLine> byKey = new LinkedHashMap<>();
  private final Map<String, String> facts = new LinkedHashMap<>();

  void add(FigureLine figure) {
    byKey.put(figure.key(), figure);
  }

  /** A non-figure fact a side reported, such as its Python version. */
  void fact(String key, String value) {
    facts.put(key, value);
  }

  Optional<FigureLine> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  Optional<String> fact(String key) {
    return Optional.ofNullable(facts.get(key));
  }

  Map<String, FigureLine> all() {
    return byKey;
  }
}
