package dev.yieldlab.allure;

/** The frame around an HTML attachment: a standalone page, since Allure shows it in an iframe. */
final class HtmlPage {

  private static final String STYLE = """
      body{font:14px/1.45 'DejaVu Sans','Noto Sans CJK KR',Arial,sans-serif;margin:12px;color:#1a202c}
      table{border-collapse:collapse;margin:6px 0 14px}
      th,td{border:1px solid #cbd5e0;padding:4px 10px;text-align:left;vertical-align:top}
      th{background:#edf2f7} td.num{text-align:right;font-variant-numeric:tabular-nums}
      h2{font-size:16px;margin:10px 0 4px} ul{margin:0;padding-left:18px}
      .verdict{font-weight:bold;padding:1px 8px;border-radius:9px;white-space:nowrap}
      .confirmed{background:#c6f6d5}.refuted{background:#fed7d7}.nuanced{background:#fefcbf}.skipped{background:#e2e8f0}
      .passed{color:#276749}.failed{color:#c53030}.broken{color:#b7791f}.aborted{color:#4a5568}
      """;

  private HtmlPage() {}

  /** A page titled {@code title} (escaped here) around {@code body} (already escaped markup). */
  static String of(String title, String body) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Markup.escape(title)
        + "</title><style>" + STYLE + "</style></head><body>\n" + body + "</body></html>\n";
  }
}
