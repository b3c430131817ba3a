package dev.yieldlab.allure;

import dev.yieldlab.api.timing.Noise;
import dev.yieldlab.api.timing.NoiseSource;
import dev.yieldlab.api.timing.RatioEstimate;
import dev.yieldlab.api.timing.TimedPair;
import dev.yieldlab.api.timing.TimingVerdict;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Status;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A timing verdict on its check's Allure page: a step with the verdict in words and, inside it, how
 * it was estimated, why it is inconclusive and which noise made it so, and a step per pair; and an
 * attachment with every pair's times and the noise measured around each side. Bounded by the check's
 * budget of pairs.
 */
final class TimingPage {

  private TimingPage() {}

  static void write(TimingVerdict verdict) {
    Status status = switch (verdict.outcome()) {
      case CONFIRMED -> Status.PASSED;
      case REFUTED -> Status.FAILED;
      case INCONCLUSIVE -> Status.SKIPPED;
    };
    RunPage.parentStep("timing: " + CappedText.clip(verdict.describe(), 4 * ReportBudget.QUOTED_LINE_CHARS), status, () -> {
      Allure.step(method(verdict));
      verdict.reason().ifPresent(reason -> Allure.step("inconclusive: " + reason.label() + ": " + verdict.explanation(),
          Status.SKIPPED));
      Map<NoiseSource, Long> disturbances = verdict.disturbances();
      disturbances.forEach((source, count) -> Allure.step(String.format(Locale.ROOT,
          "%s disturbed %d of %d pairs, which did not count", source.label(), count, verdict.pairs().size()),
          verdict.reason().isPresent() ? Status.SKIPPED : Status.PASSED));
      String[] names = verdict.ratio().split(" / ", 2);
      List<TimedPair> pairs = verdict.pairs();
      for (int i = 0; i < pairs.size(); i++) {
        pairStep(i + 1, pairs.get(i), names[0], names.length > 1 ? names[1] : "denominator");
      }
    });
    Allure.addAttachment("timing verdict: " + CappedText.clip(verdict.ratio(), ReportBudget.QUOTED_LINE_CHARS),
        "text/html", html(verdict), ".html");
  }

  private static String method(TimingVerdict verdict) {
    if (!verdict.source().repeatable()) {
      return "one measurement: two parts of one run's evidence, judged by their ratio's value (no interval)";
    }
    return String.format(Locale.ROOT, "estimate: the geometric mean of the counted pairs' ratios, with Student's t"
        + " interval (%.0f %%) on their logarithms; spread (SD of the log ratios, about their CV) %.1f %%",
        RatioEstimate.CONFIDENCE * 100, verdict.estimate().spread() * 100);
  }

  /** One pair as a step: its ratio and times, which side went first, and why it does not count. */
  static void pairStep(int index, TimedPair pair, String numerator, String denominator) {
    Allure.step(String.format(Locale.ROOT, "pair %d (%s first): %s %.3f s, %s %.3f s, ratio %s%s", index,
        pair.numeratorFirst() ? numerator : denominator, numerator, pair.numerator().toNanos() / 1e9, denominator,
        pair.denominator().toNanos() / 1e9, RatioEstimate.number(pair.ratio()),
        pair.disturbance().map(d -> "; not counted: " + d).orElse("")), pair.counts() ? Status.PASSED : Status.SKIPPED);
  }

  /** Every pair with the noise around each side, as a table. */
  static String html(TimingVerdict verdict) {
    StringBuilder body = new StringBuilder("<h2>").append(Markup.escape(verdict.describe())).append("</h2>\n");
    body.append("<p>").append(Markup.escape(method(verdict))).append("</p>\n<table><tr><th>pair</th><th>first</th>"
        + "<th>numerator</th><th>denominator</th><th>ratio</th><th>counts</th><th>noise around the numerator</th>"
        + "<th>noise around the denominator</th></tr>\n");
    List<TimedPair> pairs = verdict.pairs();
    for (int i = 0; i < pairs.size(); i++) {
      TimedPair pair = pairs.get(i);
      body.append(String.format(Locale.ROOT, "<tr><td class=\"num\">%d</td><td>%s</td><td class=\"num\">%.3f s</td>"
              + "<td class=\"num\">%.3f s</td><td class=\"num\">%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", i + 1,
          pair.numeratorFirst() ? "numerator" : "denominator", pair.numerator().toNanos() / 1e9,
          pair.denominator().toNanos() / 1e9, RatioEstimate.number(pair.ratio()),
          pair.disturbance().map(d -> "no: " + Markup.escape(d.toString())).orElse("yes"),
          noise(pair.numeratorNoise()), noise(pair.denominatorNoise())));
    }
    return HtmlPage.of("timing verdict", body.append("</table>\n").toString());
  }

  private static String noise(Noise noise) {
    return Markup.escape(noise.describe());
  }
}
