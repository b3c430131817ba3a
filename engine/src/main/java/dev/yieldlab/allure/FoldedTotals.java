package dev.yieldlab.allure;

import java.util.Locale;

/**
 * What the tasks a table leaves out add up to: time in each state, yields, log lines and how they
 * ended, so that a capped table still accounts for every task.
 */
record FoldedTotals(int tasks, long[] nanosByKind, long yields, long logs, long ended, long failed, long cancelled,
    long neverEnded) {

  /** One table row: the count of tasks, their summed times and counts, and how many ended which way. */
  void appendRow(StringBuilder body) {
    body.append(String.format(Locale.ROOT, "<tr><td><b>%,d other tasks, summed</b></td>", tasks));
    for (long nanos : nanosByKind) {
      body.append("<td class=\"num\">").append(MeasuresTable.ms(nanos)).append("</td>");
    }
    body.append(String.format(Locale.ROOT, "<td class=\"num\">%,d</td><td class=\"num\">%,d</td>"
        + "<td>%,d ended, %,d failed, %,d cancelled, %,d never</td></tr>%n", yields, logs, ended, failed, cancelled,
        neverEnded));
  }
}
