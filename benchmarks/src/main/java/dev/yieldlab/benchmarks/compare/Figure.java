package dev.yieldlab.benchmarks.compare;

import java.util.Optional;

/**
 * One row of the table: what is measured, in which unit, and where each side's number comes from
 * (a key in its {@link Measures}; null when that side has no equivalent). {@code beyondSleep} rows
 * show a time that includes a fixed sleep minus that sleep, as each side reports it in the fact
 * {@link JmhSide#SLEEP_FACT} (a full run sleeps 1 s, a smoke run less).
 */
record Figure(String title, String unit, String yieldlabKey, String asyncioKey, boolean beyondSleep) {

  static Figure of(String title, String unit, String yieldlabKey, String asyncioKey) {
    return new Figure(title, unit, yieldlabKey, asyncioKey, false);
  }

  /** The same keys as {@code total}, less the sleep each side reports. */
  static Figure beyondSleep(String title, Figure total) {
    return new Figure(title, total.unit(), total.yieldlabKey(), total.asyncioKey(), true);
  }

  Optional<Value> yieldlab(Measures measures) {
    return read(measures, yieldlabKey);
  }

  Optional<Value> asyncio(Measures measures) {
    return read(measures, asyncioKey);
  }

  private Optional<Value> read(Measures measures, String key) {
    if (key == null) {
      return Optional.empty();
    }
    Optional<Value> value = measures.get(key).map(line -> Value.of(line, unit));
    if (!beyondSleep) {
      return value;
    }
    return value.flatMap(total -> measures.fact(JmhSide.SLEEP_FACT)
        .map(millis -> total.minus(Double.parseDouble(millis) * Value.scale("ms") / Value.scale(unit))));
  }
}
