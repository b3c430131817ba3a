package dev.yieldlab.benchmarks.compare;

import dev.yieldlab.benchmarks.probe.FigureLine;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The peer of issue 23's schedule exploration, measured in the same run: yieldlab's E1/E2 races on
 * platform threads under Fray (benchmarks/fray, a Maven project outside the reactor; docs/FRAY.md).
 * A full comparison runs {@code benchmarks/fray/run.sh --figures}, which prints one figure per race,
 * Fray scheduler and measure, keyed {@code fray.<race>.<scheduler>.<measure>}; when Fray cannot run
 * here it prints the fact {@code fray.unavailable} instead, and the section says why. A smoke run
 * (CI) never starts Fray: it needs an instrumented JDK that takes a minute to link.
 */
final class FraySection {

  /** run.sh's facts: why Fray did not run, and how many runs it made. */
  static final String UNAVAILABLE = "fray.unavailable";
  static final String RUNS = "fray.runs";

  /** The measures of one row, in the table's column order, as run.sh's summary names them. */
  private static final List<String> MEASURES = List.of("schedules-to-failure", "seconds-to-failure", "per-second",
      "per-second-fastest");

  private FraySection() {}

  /**
   * Runs the Fray side under a full profile, {@link Profile#FRAY_RUNS} runs unless the environment's
   * FRAY_RUNS says otherwise ({@code FRAY_RUNS=0 benchmarks/compare.sh} skips it: about 30 minutes);
   * a smoke profile measures nothing.
   */
  static Measures run(Profile profile, Path root) {
    Measures fray = new Measures();
    if (profile == Profile.FULL) {
      String runs = System.getenv().getOrDefault("FRAY_RUNS", Integer.toString(Profile.FRAY_RUNS));
      ProcessSide.run(List.of("env", "FRAY_RUNS=" + runs, "bash", "benchmarks/fray/run.sh", "--figures"), root, fray);
    }
    return fray;
  }

  static String render(Measures fray, Measures yieldlab, Profile profile) {
    StringBuilder out = new StringBuilder("## Beside Fray: E1/E2 on platform threads (issue 23)\n\n");
    if (profile != Profile.FULL) {
      return out.append("A smoke run does not start Fray; `benchmarks/fray/run.sh` measures it (docs/FRAY.md).\n\n").toString();
    }
    Map<String, Map<String, FigureLine>> rows = rows(fray);
    if (rows.isEmpty()) {
      String why = fray.fact(UNAVAILABLE).orElse("run.sh printed no figures (its output is in this run's log)");
      return out.append("| Fray | |\n|---|---|\n| not measured | ").append(why).append(" |\n\n").toString();
    }
    out.append(PeerTargets.render(yieldlab, fray));
    out.append("`benchmarks/fray/run.sh` in this run, ").append(fray.fact(RUNS).orElse("?"))
        .append(" runs of each race under each Fray scheduler, one JVM each; docs/FRAY.md says how each number is ")
        .append("measured. \"none\": most runs found no failure within the budget.\n\n")
        .append("| race · Fray scheduler | first failing schedule | seconds to the first failure ")
        .append("| schedules/s, @FrayTest defaults | schedules/s, fastest settings |\n|---|---|---|---|---|\n");
    rows.forEach((row, figures) -> {
      out.append("| ").append(row.replace(".", " · "));
      for (String measure : MEASURES) {
        out.append(" | ").append(cell(Optional.ofNullable(figures.get(measure))));
      }
      out.append(" |\n");
    });
    return out.append('\n').toString();
  }

  /** The figures by row ({@code <race>.<scheduler>}) and measure, in the order run.sh printed them. */
  private static Map<String, Map<String, FigureLine>> rows(Measures fray) {
    Map<String, Map<String, FigureLine>> rows = new LinkedHashMap<>();
    for (FigureLine figure : fray.all().values()) {
      String key = figure.key();
      int measure = key.lastIndexOf('.');
      if (key.startsWith("fray.") && measure > "fray.".length()) {
        rows.computeIfAbsent(key.substring("fray.".length(), measure), row -> new LinkedHashMap<>())
            .put(key.substring(measure + 1), figure);
      }
    }
    return rows;
  }

  /** The median, then the line's own note (every run's value). */
  private static String cell(Optional<FigureLine> figure) {
    if (figure.isEmpty()) {
      return "not measured";
    }
    double median = figure.get().value();
    String head = Double.isNaN(median) ? "not measured" : Double.isInfinite(median) ? "none"
        : String.format(Locale.ROOT, median >= 100 || median == Math.rint(median) ? "%.0f" : "%.3g", median);
    return head + "<br>" + figure.get().note();
  }
}
