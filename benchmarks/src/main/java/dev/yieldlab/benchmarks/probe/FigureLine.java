package dev.yieldlab.benchmarks.probe;

import java.util.Locale;

/**
 * One measured figure as one tab-separated line, {@code key value error unit note}: what the probes
 * and the asyncio script print and the comparison reads. {@code error} is NaN where a figure has none.
 */
public record FigureLine(String key, double value, double error, String unit, String note) {

  public String format() {
    return String.join("\t", key, String.format(Locale.ROOT, "%.6g", value),
        Double.isNaN(error) ? "nan" : String.format(Locale.ROOT, "%.6g", error), unit, note);
  }

  /** The line's figure, or null when {@code line} is not a figure line (other output is allowed). */
  public static FigureLine parse(String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 5) {
      return null;
    }
    try {
      return new FigureLine(fields[0], number(fields[1]), number(fields[2]), fields[3], fields[4]);
    } catch (NumberFormatException notAFigure) {
      return null;
    }
  }

  /**
   * A number as either side prints it: Java's {@code parseDouble} knows only {@code NaN} and {@code
   * Infinity}, while Python's {@code format} (and {@link #format()}) write {@code nan} and {@code inf}.
   */
  static double number(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "nan" -> Double.NaN;
      case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
      case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }
}
