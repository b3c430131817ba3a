package dev.yieldlab.junit;

import dev.yieldlab.reporting.CheckReport;
import dev.yieldlab.reporting.ExperimentReporter;
import dev.yieldlab.reporting.RunReport;

import dev.yieldlab.api.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * A check's {@link Report}: prints each entry and table to standard output (Surefire shows it with
 * the test), publishes it as a JUnit report entry of the check's test, and hands it to the
 * reporters (the HTML report attaches it).
 */
final class PublishingReport implements Report {

  private final TestDescriptor check;
  private final CheckReport reported;
  private final EngineExecutionListener listener;
  private final ExperimentReporter reporter;

  PublishingReport(TestDescriptor check, CheckReport reported, EngineExecutionListener listener,
      ExperimentReporter reporter) {
    this.check = check;
    this.reported = reported;
    this.listener = listener;
    this.reporter = reporter;
  }

  @Override
  public void entry(String key, String value) {
    System.out.println("[yieldlab] " + check.getDisplayName() + ": " + key + " = " + value);
    listener.reportingEntryPublished(check, ReportEntry.from(key, value));
    reporter.checkEntry(reported, key, value);
  }

  @Override
  public void finding(String sentence) {
    System.out.println("[yieldlab] " + check.getDisplayName() + ": found: " + sentence);
    listener.reportingEntryPublished(check, ReportEntry.from("finding", sentence));
    reporter.checkFinding(reported, sentence);
  }

  @Override
  public void table(String title, List<String> header, List<List<String>> rows) {
    requireRowsFit(title, header, rows);
    String text = TextTable.render(header, rows);
    System.out.println("[yieldlab] " + title + System.lineSeparator() + text);
    listener.reportingEntryPublished(check, ReportEntry.from(Map.of("table: " + title, text)));
    reporter.checkTable(reported, title, header, rows);
  }

  /** Refuses a table whose rows are not as wide as its header, naming the row. */
  static void requireRowsFit(String title, List<String> header, List<List<String>> rows) {
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("table '" + title + "': row " + row + " has " + row.size()
            + " cells, the header has " + header.size());
      }
    }
  }

  /** Fixed-width plain-text tables, for terminals and report entries. */
  static final class TextTable {

    private TextTable() {}

    static String render(List<String> header, List<List<String>> rows) {
      List<List<String>> all = new ArrayList<>();
      all.add(header);
      all.addAll(rows);
      int[] widths = new int[header.size()];
      all.forEach(row -> {
        for (int i = 0; i < row.size(); i++) {
          widths[i] = Math.max(widths[i], row.get(i).length());
        }
      });
      return all.stream().map(row -> {
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < row.size(); i++) {
          line.append(String.format("%-" + widths[i] + "s", row.get(i))).append(i + 1 < row.size() ? " | " : "");
        }
        return line.toString().stripTrailing();
      }).collect(Collectors.joining(System.lineSeparator()));
    }
  }
}
