package dev.yieldlab.allure;

import dev.yieldlab.reporting.CheckOutcome;
import dev.yieldlab.reporting.ClaimVerdict;
import dev.yieldlab.reporting.MachineProfile;

import java.util.List;
import java.util.Locale;

/** The claims ledger as HTML: a row per claim with its sentence, the verdict and its evidence. */
final class LedgerHtml {

  private LedgerHtml() {}

  /** The table alone, for the ledger result's description. */
  static String table(List<ClaimVerdict> verdicts) {
    StringBuilder html = new StringBuilder();
    html.append("<table><tr><th>claim</th><th>the claim says</th><th>verdict (yieldlab)</th>"
        + "<th>the original code, rerun here</th><th>evidence (Behaviors &rsaquo; yieldlab &rsaquo; claim &rsaquo; experiment)</th></tr>\n");
    for (ClaimVerdict verdict : verdicts) {
      html.append("<tr><td><b>").append(Markup.escape(verdict.claim())).append("</b></td><td>")
          .append(Markup.escape(verdict.sentence())).append("</td><td>");
      appendVerdict(html, verdict);
      html.append("</td><td>");
      verdict.reference().ifPresentOrElse(reference -> appendVerdict(html, reference), () -> html.append("not rerun"));
      html.append("</td><td>");
      appendEvidence(html, verdict.evidence());
      verdict.reference().ifPresent(reference -> appendEvidence(html, reference.evidence()));
      html.append("</td></tr>\n");
    }
    html.append("</table>\n");
    return html.toString();
  }

  /** Styles for the table inside Allure's own page, scoped so they touch nothing of Allure's. */
  private static final String SCOPED_STYLE = "<style>"
      + ".yl-ledger table{border-collapse:collapse}"
      + ".yl-ledger th,.yl-ledger td{border:1px solid #cbd5e0;padding:4px 8px;text-align:left;vertical-align:top}"
      + ".yl-ledger th{background:#edf2f7}.yl-ledger ul{margin:0;padding-left:16px}"
      + ".yl-ledger .verdict{font-weight:bold;padding:1px 8px;border-radius:9px}"
      + ".yl-ledger .confirmed{background:#c6f6d5}.yl-ledger .refuted{background:#fed7d7}"
      + ".yl-ledger .nuanced{background:#fefcbf}.yl-ledger .skipped{background:#e2e8f0}"
      + ".yl-ledger .partly-evidenced{background:#e9d8fd}.yl-ledger .inconclusive{background:#d6bcfa}"
      + ".yl-ledger .scope{color:#4a5568;font-size:90%}"
      + ".yl-ledger .passed{color:#276749}.yl-ledger .failed{color:#c53030}"
      + ".yl-ledger .broken{color:#b7791f}.yl-ledger .aborted{color:#4a5568}.yl-ledger span.inconclusive{color:#553c9a;"
      + "background:none}</style>";

  /** The ledger result's description: the table, styled without leaking into Allure's page. */
  static String description(List<ClaimVerdict> verdicts, MachineProfile machine) {
    return SCOPED_STYLE + "<div class=\"yl-ledger\"><p>Generated from this run's checks on machine <b>"
        + Markup.escape(machine.name()) + "</b> (" + Markup.escape(machine.describe()) + "); "
        + "the verdict rule is in ClaimLedger's documentation.</p>" + table(verdicts) + "</div>";
  }

  /** Styles and the table of claims across machines: a verdict per machine and where they differ. */
  static String acrossMachines(List<dev.yieldlab.reporting.ClaimAcrossMachines> claims,
      List<MachineProfile> machines) {
    StringBuilder html = new StringBuilder(SCOPED_STYLE).append("<div class=\"yl-ledger\"><p>Each machine's checks,"
        + " weighed per machine by ClaimLedger's rule:</p><ul>");
    machines.forEach(machine -> html.append("<li>").append(Markup.escape(machine.describe())).append("</li>"));
    html.append("</ul><table><tr><th>claim</th><th>the claim says</th>");
    machines.forEach(machine -> html.append("<th>verdict on ").append(Markup.escape(machine.name())).append("</th>"));
    html.append("<th>where the machines differ</th></tr>\n");
    for (var claim : claims) {
      html.append("<tr><td><b>").append(Markup.escape(claim.claim())).append("</b></td><td>")
          .append(Markup.escape(claim.sentence())).append("</td>");
      for (MachineProfile machine : machines) {
        html.append("<td>");
        claim.verdicts().stream().filter(v -> v.machine().equals(machine)).findFirst()
            .ifPresentOrElse(v -> {
              appendVerdict(html, v.verdict());
              if (!v.verdict().evidence().isEmpty()) { // a skipped claim's reason already says there is none
                appendEvidence(html, v.verdict().evidence());
              }
            }, () -> html.append("not run there"));
        html.append("</td>");
      }
      html.append("<td>").append(claim.differs() ? Markup.escape(claim.difference()) : "they agree").append("</td></tr>\n");
    }
    return html.append("</table></div>").toString();
  }

  /** A standalone page with a summary line and the table, for the attachment. */
  static String page(List<ClaimVerdict> verdicts) {
    return HtmlPage.of("Claims ledger", "<h2>Claims ledger: " + Markup.escape(summary(verdicts)) + "</h2>\n" + table(verdicts));
  }

  /** {@code 3 confirmed, 1 partly evidenced, 0 refuted, 0 nuanced, 0 inconclusive, 5 skipped}. */
  static String summary(List<ClaimVerdict> verdicts) {
    return ClaimVerdict.summary(verdicts);
  }

  /** The verdict's badge, its reason and what its checks found. */
  private static void appendVerdict(StringBuilder html, ClaimVerdict verdict) {
    html.append("<span class=\"verdict ").append(verdict.verdict().key()).append("\">").append(verdict.verdict().label())
        .append("</span><br>").append(Markup.escape(verdict.reason()));
    for (String finding : verdict.findings()) {
      html.append("<br><i>").append(Markup.escape(finding)).append("</i>");
    }
  }

  private static void appendEvidence(StringBuilder html, List<CheckOutcome> evidence) {
    if (evidence.isEmpty()) {
      html.append("none");
      return;
    }
    html.append("<ul>");
    for (CheckOutcome check : evidence) {
      String status = check.status().name().toLowerCase(Locale.ROOT);
      html.append("<li><span class=\"").append(status).append("\">").append(status).append("</span> ")
          .append(Markup.escape(check.experiment())).append(" &rsaquo; <i>").append(Markup.escape(check.check()))
          .append("</i>");
      check.scopes().forEach(scope -> html.append("<br><span class=\"scope\">").append(Markup.escape(scope.text()))
          .append("</span>"));
      html.append("<br><code>").append(Markup.escape(check.location())).append("</code></li>");
    }
    html.append("</ul>");
  }
}
