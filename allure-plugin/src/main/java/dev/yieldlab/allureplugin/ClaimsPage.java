package dev.yieldlab.allureplugin;

import java.util.List;

/**
 * What the Claims page shows ({@value #DATA} in the report): a ledger per results directory that has
 * one (one per machine when several machines' results make one report), and what kept a ledger file
 * from being read, in words that say the fix.
 */
public record ClaimsPage(List<LedgerFile> ledgers, List<String> problems) {

  /** Where the page's script finds it: among the report's data files, embedded in a single-file report. */
  public static final String DATA = "data/yieldlab-ledger.json";

  public ClaimsPage {
    ledgers = List.copyOf(ledgers);
    problems = List.copyOf(problems);
  }
}
