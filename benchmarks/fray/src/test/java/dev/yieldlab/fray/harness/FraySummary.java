package dev.yieldlab.fray.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sums up fray-results.tsv per race and scheduler: the median over the runs of each figure, with every
 * run's value beside it, as a Markdown table (for docs/FRAY.md) and, with {@code --figures}, as
 * benchmarks/compare.sh's figure lines ({@code key value error unit note}, tab-separated). A run that
 * found nothing within the budget counts as later than any that did, so a median is "none" when most
 * runs found nothing. Runs on any JDK (it needs nothing of Fray's).
 *
 * <p>Usage: {@code FraySummary <fray-results.tsv> <summary.md> [--figures]}.
 */
public final class FraySummary {

  private FraySummary() {}

  /** The TSV's columns this reads, by their header names. */
  private static final List<String> COLUMNS = List.of("race", "scheduler", "schedules_to_failure", "seconds_to_failure",
      "per_second_default", "per_second_fastest");

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: FraySummary <fray-results.tsv> <summary.md> [--figures]");
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    List<String> header = Arrays.asList(lines.getFirst().split("\t", -1));
    int[] at = COLUMNS.stream().mapToInt(header::indexOf).toArray();
    if (Arrays.stream(at).anyMatch(i -> i < 0)) {
      throw new IllegalArgumentException(args[0] + " lacks one of the columns " + COLUMNS + "; its header: " + header);
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cell = line.split("\t", -1);
      groups.computeIfAbsent(cell[at[0]] + "\t" + cell[at[1]], key -> new Group(cell[at[0]], cell[at[1]]))
          .add(cell[at[2]], cell[at[3]], cell[at[4]], cell[at[5]]);
    }
    Files.writeString(Path.of(args[1]), markdown(groups.values()));
    if (args.length > 2 && args[2].equals("--figures")) {
      groups.values().forEach(group -> group.figureLines().forEach(System.out::println));
    }
  }

  private static String markdown(Iterable<Group> groups) {
    StringBuilder out = new StringBuilder()
        .append("| race | Fray scheduler | first failing schedule: median (each run) | seconds to the first failure: median (each run) ")
        .append("| schedules/s, @FrayTest defaults: median (each run) | schedules/s, fastest settings: median (each run) |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Group group : groups) {
      out.append("| ").append(group.race).append(" | ").append(group.scheduler)
          .append(" | ").append(group.schedules.cell("%.0f"))
          .append(" | ").append(group.seconds.cell("%.2f"))
          .append(" | ").append(group.perSecond.cell("%.0f"))
          .append(" | ").append(group.perSecondFastest.cell("%.0f")).append(" |\n");
    }
    return out.toString();
  }

  /** The runs of one race under one scheduler. */
  private static final class Group {
    final String race;
    final String scheduler;
    final Column schedules = new Column();
    final Column seconds = new Column();
    final Column perSecond = new Column();
    final Column perSecondFastest = new Column();

    Group(String race, String scheduler) {
      this.race = race;
      this.scheduler = scheduler;
    }

    void add(String toFailure, String secondsToFailure, String rate, String rateFastest) {
      schedules.add(toFailure);
      seconds.add(secondsToFailure);
      perSecond.add(rate);
      perSecondFastest.add(rateFastest);
    }

    List<String> figureLines() {
      String prefix = "fray." + race + "." + scheduler + ".";
      return List.of(schedules.figureLine(prefix + "schedules-to-failure", "schedules"),
          seconds.figureLine(prefix + "seconds-to-failure", "s"),
          perSecond.figureLine(prefix + "per-second", "schedules/s"),
          perSecondFastest.figureLine(prefix + "per-second-fastest", "schedules/s"));
    }
  }

  /**
   * One figure over the runs: a number, "none in ..." (nothing found: later than any number), or
   * "not measured" (left out of the median, and said).
   */
  private static final class Column {
    private final List<String> cells = new ArrayList<>();

    void add(String cell) {
      cells.add(cell);
    }

    private List<Double> values() {
      return cells.stream().filter(cell -> !cell.equals("not measured"))
          .map(cell -> cell.startsWith("none") ? Double.POSITIVE_INFINITY : Double.parseDouble(cell)).sorted().toList();
    }

    /** The median, infinite when most runs found nothing, NaN when none was measured. */
    double median() {
      List<Double> sorted = values();
      if (sorted.isEmpty()) {
        return Double.NaN;
      }
      int middle = sorted.size() / 2;
      return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    String cell(String format) {
      double median = median();
      String head = Double.isNaN(median) ? "not measured" : Double.isInfinite(median) ? "none"
          : String.format(Locale.ROOT, format, median);
      return head + " (" + String.join(", ", cells) + ")";
    }

    String figureLine(String key, String unit) {
      double median = median();
      String note = "median of " + cells.size() + " runs, each: " + String.join(", ", cells);
      // inf: most runs found no failure within the budget; nan: no run measured this figure.
      String value = Double.isNaN(median) ? "nan" : Double.isInfinite(median) ? "inf" : String.format(Locale.ROOT, "%.6g", median);
      return String.join("\t", key, value, "nan", unit, note);
    }
  }
}
