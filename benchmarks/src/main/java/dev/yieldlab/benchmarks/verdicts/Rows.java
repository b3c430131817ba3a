package dev.yieldlab.benchmarks.verdicts;

import dev.yieldlab.api.timing.TimingVerdict;
import dev.yieldlab.reporting.CheckOutcome;
import dev.yieldlab.reporting.ClaimVerdict;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's records as lines of tab-separated fields, written by {@link VerdictRecorder} and
 * {@link VerdictRun} and read by {@link VerdictsReport}: one record type per file, its fields in a
 * fixed order, numbers as numbers. Tabs and line breaks inside a text field become spaces.
 */
final class Rows {

  private Rows() {}

  /** A timing verdict of one check: where, its claims, how the check ended, and the verdict's figures. */
  record Check(String location, String claims, String status, String ratio, String outcome, String reason,
      double point, double lower, double upper, int counted, int measured, String band, String message) {

    static Check parse(String line) {
      String[] f = line.split("\t", -1);
      return new Check(f[0], f[1], f[2], f[3], f[4], f[5], Double.parseDouble(f[6]), Double.parseDouble(f[7]),
          Double.parseDouble(f[8]), Integer.parseInt(f[9]), Integer.parseInt(f[10]), f[11], f[12]);
    }

    /** The interval's width relative to its point; NaN without an interval. */
    double relativeWidth() {
      return counted >= 2 ? (upper - lower) / point : Double.NaN;
    }
  }

  /** A claim's verdict in the ledger. */
  record Claim(String claim, String verdict, String reason) {

    static Claim parse(String line) {
      String[] f = line.split("\t", -1);
      return new Claim(f[0], f[1], f[2]);
    }
  }

  /** How long one test or experiment took and how it ended, as the launcher saw it, with its reason. */
  record Time(String location, String kind, double seconds, String status, String reason) {

    static Time parse(String line) {
      String[] f = line.split("\t", -1);
      return new Time(f[0], f[1], Double.parseDouble(f[2]), f[3], f[4]);
    }
  }

  static String check(String location, String claims, CheckOutcome.Status status, String message, TimingVerdict verdict) {
    return join(location, claims, status.name(), verdict.ratio(), verdict.outcome().name(),
        verdict.reason().map(Enum::name).orElse(""), number(verdict.estimate().point()),
        number(verdict.estimate().lower()), number(verdict.estimate().upper()),
        Integer.toString(verdict.estimate().pairs()), Integer.toString(verdict.pairs().size()),
        verdict.band().map(b -> b.claim()).orElse(""), message);
  }

  static String claim(ClaimVerdict verdict) {
    return join(verdict.claim(), verdict.verdict().name(), verdict.reason());
  }

  static String time(String location, String kind, double seconds, String status, String reason) {
    return join(location, kind, number(seconds), status, reason);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }

  private static String join(String... fields) {
    return String.join("\t", List.of(fields).stream().map(f -> f.replaceAll("[\\t\\r\\n]+", " ")).toList());
  }
}
