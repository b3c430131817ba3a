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
      return new FigureLine(fields[0], Double.parseDouble(fields[1]), Double.parseDouble(fields[2]), fields[3], fields[4]);
    } catch (NumberFormatException notAFigure) {
      return null;
    }
  }
}
