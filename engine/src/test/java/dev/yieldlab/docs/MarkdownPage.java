package dev.yieldlab.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One markdown file as the docs tests read it: its fenced code blocks, each with the line right above
 * it (where a block says where it comes from), its links, and the anchors its headings make.
 */
record MarkdownPage(Path path, List<String> lines) {
  // path: relative to the repository's root, as messages name it

  /** {@code [text](target)} and {@code ![alt](target)}, an optional title after the target; the text may wrap. */
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?s:.+?)\\1");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

  static MarkdownPage read(Path root, Path path) {
    try {
      return new MarkdownPage(path, Files.readString(root.resolve(path)).lines().toList());
    } catch (IOException failed) {
      throw new UncheckedIOException("reading " + path, failed);
    }
  }

  /** A fenced block: the line its opening fence is on (1-based), its language, the line above it and its lines. */
  record CodeBlock(MarkdownPage page, int line, String language, String above, List<String> lines) {

    String where() {
      return page.path() + ":" + line;
    }

    /** The markdown line number of the block's {@code index}-th line. */
    int lineOf(int index) {
      return line + 1 + index;
    }
  }

  /** A link's target as written, and the line it starts on. */
  record Link(String target, int line) {}

  List<CodeBlock> codeBlocks() {
    List<CodeBlock> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        continue;
      }
      int end = closingFence(i);
      String above = i > 0 ? lines.get(i - 1).strip() : "";
      blocks.add(new CodeBlock(this, i + 1, fence.substring(3).strip(), above, lines.subList(i + 1, end)));
      i = end;
    }
    return blocks;
  }

  private int closingFence(int opening) {
    for (int end = opening + 1; end < lines.size(); end++) {
      if (lines.get(end).strip().equals("```")) {
        return end;
      }
    }
    throw new IllegalStateException(path + ":" + (opening + 1) + ": a code block that is never closed: add a line ``` after it");
  }

  /** Every link outside code blocks and inline code, in order. */
  List<Link> links() {
    String prose = String.join("\n", proseLines());
    Matcher code = INLINE_CODE.matcher(prose);
    StringBuilder withoutCode = new StringBuilder();
    while (code.find()) { // keep the newlines, so that line numbers stay right
      code.appendReplacement(withoutCode, Matcher.quoteReplacement(code.group().replaceAll("[^\n]", " ")));
    }
    code.appendTail(withoutCode);
    List<Link> links = new ArrayList<>();
    Matcher link = LINK.matcher(withoutCode);
    while (link.find()) {
      int line = 1 + (int) withoutCode.substring(0, link.start()).chars().filter(c -> c == '\n').count();
      links.add(new Link(link.group(1), line));
    }
    return links;
  }

  /** The anchors GitHub gives this page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
  Set<String> anchors() {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : proseLines()) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(1));
        int repeat = seen.merge(slug, 1, Integer::sum) - 1;
        anchors.add(repeat == 0 ? slug : slug + "-" + repeat);
      }
    }
    return anchors;
  }

  static String slug(String heading) {
    String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
    return text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }

  /** The page's lines with every code block's lines blanked (kept as empty lines for the numbering). */
  private List<String> proseLines() {
    List<String> prose = new ArrayList<>(lines);
    for (CodeBlock block : codeBlocks()) {
      for (int i = block.line() - 1; i <= block.line() + block.lines().size(); i++) {
        prose.set(i, "");
      }
    }
    return prose;
  }
}
