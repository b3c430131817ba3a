package dev.yieldlab.junit;

import dev.yieldlab.api.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A check's {@link Report} while the engine may still run the check again: a timing claim that is
 * inconclusive makes the engine measure more pairs and ask again, and only the last run's entries,
 * findings and tables are what the check found. They are kept here, checked as {@link
 * PublishingReport} checks them, and handed on in order by {@link #replay}.
 */
final class BufferedReport implements Report {

  private final List<Consumer<Report>> calls = new ArrayList<>();

  @Override
  public void entry(String key, String value) {
    calls.add(report -> report.entry(key, value));
  }

  @Override
  public void table(String title, List<String> header, List<List<String>> rows) {
    PublishingReport.requireRowsFit(title, header, rows);
    List<String> headerCopy = List.copyOf(header);
    List<List<String>> rowsCopy = rows.stream().map(List::copyOf).toList();
    calls.add(report -> report.table(title, headerCopy, rowsCopy));
  }

  @Override
  public void finding(String sentence) {
    calls.add(report -> report.finding(sentence));
  }

  /** Everything reported so far, to {@code report}, in order. */
  void replay(Report report) {
    calls.forEach(call -> call.accept(report));
  }
}
