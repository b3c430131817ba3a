package dev.yieldlab.allure;

/**
 * Escapes text for SVG and HTML, both as element content and as quoted attribute values. Names and
 * log lines come from experiment code, and Allure shows HTML attachments with scripts enabled, so
 * nothing reaches markup unescaped.
 */
final class Markup {

  private Markup() {}

  /** {@code text} with markup characters escaped and characters XML forbids replaced by U+FFFD. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (allowedInXml(c)) {
            escaped.appendCodePoint(c);
          } else {
            escaped.append('\uFFFD');
          }
        }
      }
    });
    return escaped.toString();
  }

  /**
   * Escapes only what starts markup or an entity ({@code & < >}), for text that a page puts into an
   * element as HTML but people also read raw (Allure's failure messages): quotes stay readable.
   */
  static String escapeText(String text) {
    return text == null ? null : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * {@link #escape} for a single line of a picture (an SVG label or tooltip title): line breaks
   * become a visible {@code ⏎} instead of silently joining two lines.
   */
  static String escapeLine(String text) {
    return escape(text == null ? "" : text.replace("\r\n", "\u23CE").replace('\n', '\u23CE').replace('\r', '\u23CE'));
  }

  /** XML 1.0's Char production: SVG is XML, and one bad character makes the whole picture unreadable. */
  private static boolean allowedInXml(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
