package dev.yieldlab.benchmarks.compare;

import dev.yieldlab.benchmarks.probe.FigureLine;
import java.util.Locale;

/** A measured value with its error (NaN: none), in one figure's unit. */
record Value(double value, double error, String unit) {

  /** {@code line} converted to {@code unit} (time units ns/us/ms/s, with or without "/op"). */
  static Value of(FigureLine line, String unit) {
    double factor = scale(line.unit()) / scale(unit);
    return new Value(line.value() * factor, line.error() * factor, unit);
  }

  Value minus(double constant) {
    return new Value(value - constant, error, unit);
  }

  String format() {
    String number = String.format(Locale.ROOT, digits(value), value);
    return Double.isNaN(error) ? number + " " + unit
        : number + " ± " + String.format(Locale.ROOT, digits(error), error) + " " + unit;
  }

  private static String digits(double x) {
    double magnitude = Math.abs(x);
    return magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
  }

  /** Nanoseconds per {@code unit} (1 for units that are not times). */
  static double scale(String unit) {
    String bare = unit.replace("/op", "");
    return switch (bare) {
      case "ns" -> 1;
      case "us", "µs" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      default -> 1; // non-time units (MB, B) are never converted
    };
  }
}
