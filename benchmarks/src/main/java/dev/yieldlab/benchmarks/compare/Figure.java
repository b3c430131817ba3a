package dev.yieldlab.benchmarks.compare;

import java.util.Optional;

/**
 * One row of the table: what is measured, in which unit, and where each side's number comes from
 * (a key in its {@link Measures}; null when that side has no equivalent). {@code subtract} is a
 * constant taken off both sides, for figures whose raw time includes a fixed sleep.
 */
record Figure(String title, String unit, String yieldlabKey, String asyncioKey, double subtract) {

  static Figure of(String title, String unit, String yieldlabKey, String asyncioKey) {
    return new Figure(title, unit, yieldlabKey, asyncioKey, 0);
  }

  Optional<Value> yieldlab(Measures measures) {
    return read(measures, yieldlabKey);
  }

  Optional<Value> asyncio(Measures measures) {
    return read(measures, asyncioKey);
  }

  private Optional<Value> read(Measures measures, String key) {
    return key == null ? Optional.empty()
        : measures.get(key).map(line -> Value.of(line, unit).minus(subtract));
  }
}
