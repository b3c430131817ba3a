package dev.yieldlab.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.yieldlab.docs.MarkdownPage.CodeBlock;
import dev.yieldlab.docs.MarkdownPage.Link;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * README.md and the guide (docs/guide) stay true: each Java example is quoted from a file that
 * compiles in CI, line for line (see {@link Quote}), or is a fragment that a named test runs; each
 * relative link in README.md and docs/ leads to a file that exists (and to a heading, when it names
 * one); README stays a front door of at most 150 lines.
 */
@DisplayName("README and the guide")
class DocsTest {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final int README_MAX_LINES = 150;

  /** The line right above a block that is quoted from a file: the file's path from the repository's root. */
  static final String QUOTED = "<!-- quoted from ";
  /** The line right above a fragment (not a whole method or class) that a test runs and keeps identical. */
  static final String RUN_BY = "<!-- fragment run by ";
  /** The line right above the pom.xml block that starter-it builds the starter with (its marker, in its test). */
  static final String STARTER_IT = "<!-- starter-it ";

  /**
   * Files that a link may name before they exist, because a branch being merged beside this one adds
   * them. Each entry fails the test once its file exists, so that it is taken off the list.
   */
  static final Map<String, String> ADDED_BY_OTHER_BRANCHES = Map.of(); // none: every linked file is here

  @Test
  @DisplayName("README.md is at most 150 lines: what does not fit goes into the guide")
  void readmeIsShort() {
    assertThat(page("README.md").lines()).as("README.md's lines: move the longest section into a page of docs/guide")
        .hasSizeLessThanOrEqualTo(README_MAX_LINES);
  }

  @Test
  @DisplayName("every java block says where it comes from: a file it is quoted from, or the test that runs it")
  void everyJavaBlockHasASource() {
    List<String> problems = new ArrayList<>();
    for (CodeBlock block : codeBlocks()) {
      if (block.language().equals("java") && !block.above().startsWith(QUOTED) && !block.above().startsWith(RUN_BY)) {
        problems.add(block.where() + ": a java block that says neither where it is quoted from nor which test runs it;"
            + " put `" + QUOTED + "PATH -->` (a file that compiles in CI, from the repository's root) or `" + RUN_BY
            + "PATH -->` on the line right above its ```java");
      }
    }
    assertNone(problems);
  }

  @Test
  @DisplayName("every quoted block and every fragment is in its file, line for line and in order")
  void quotedBlocksMatchTheirFiles() {
    List<String> problems = new ArrayList<>();
    for (CodeBlock block : codeBlocks()) {
      source(block).ifPresent(path -> check(block, path).ifPresent(problems::add));
    }
    assertNone(problems);
  }

  @Test
  @DisplayName("the pom.xml block starter-it builds names an integration test that looks for it")
  void starterItBlocksNameTheirTest() {
    List<CodeBlock> marked = codeBlocks().stream().filter(block -> block.above().startsWith(STARTER_IT)).toList();
    assertThat(marked).as("blocks marked %s...", STARTER_IT).isNotEmpty();
    for (CodeBlock block : marked) {
      String test = block.above().substring(STARTER_IT.length()).split("\\s+")[0];
      Path source = ROOT.resolve("starter-it/src/test/java/dev/yieldlab/starter/" + test + ".java");
      assertThat(source).as("%s: the marker names %s", block.where(), test).isRegularFile();
      assertThat(read(source)).as("%s: %s looks for the marker", block.where(), test)
          .contains(STARTER_IT + test + " builds").contains(block.page().path().toString());
      assertThat(block.language()).as(block.where()).isEqualTo("xml");
    }
  }

  @Test
  @DisplayName("every relative link in README.md and docs/ leads to a file that exists, and to a heading it names")
  void relativeLinksResolve() {
    List<String> problems = new ArrayList<>();
    for (MarkdownPage page : linkedPages()) {
      for (Link link : page.links()) {
        problem(page, link).ifPresent(problems::add);
      }
    }
    ADDED_BY_OTHER_BRANCHES.forEach((file, by) -> {
      if (Files.exists(ROOT.resolve(file))) {
        problems.add(file + " exists now (" + by + "): take it off DocsTest.ADDED_BY_OTHER_BRANCHES");
      }
    });
    assertNone(problems);
  }

  private static Optional<String> problem(MarkdownPage page, Link link) {
    String target = link.target();
    if (target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return Optional.empty(); // https:, mailto: ...: not a file of this repository
    }
    int hash = target.indexOf('#');
    String file = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    Path resolved = file.isEmpty() ? page.path() : page.path().resolveSibling(file).normalize();
    String where = page.path() + ":" + link.line() + ": the link " + target;
    if (resolved.startsWith("..")) {
      return Optional.of(where + " leaves the repository");
    }
    if (!Files.exists(ROOT.resolve(resolved))) {
      return ADDED_BY_OTHER_BRANCHES.containsKey(resolved.toString()) ? Optional.empty()
          : Optional.of(where + " names " + resolved + ", which does not exist");
    }
    if (anchor != null && resolved.toString().endsWith(".md")
        && !MarkdownPage.read(ROOT, resolved).anchors().contains(anchor)) {
      return Optional.of(where + " names a heading " + resolved + " does not have; its headings: "
          + MarkdownPage.read(ROOT, resolved).anchors());
    }
    return Optional.empty();
  }

  /** The file a block is quoted from or run by, when its marker names one. */
  private static Optional<Path> source(CodeBlock block) {
    for (String marker : List.of(QUOTED, RUN_BY)) {
      if (block.above().startsWith(marker)) {
        return Optional.of(Path.of(block.above().substring(marker.length()).split("\\s+")[0]));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> check(CodeBlock block, Path source) {
    Path file = ROOT.resolve(source);
    if (!Files.isRegularFile(file)) {
      return Optional.of(block.where() + ": the block names " + source + ", which does not exist (a path from the"
          + " repository's root)");
    }
    if (block.language().equals("java") && !source.toString().endsWith(".java")) {
      return Optional.of(block.where() + ": a java block quoted from " + source + ", which is not a Java source that"
          + " compiles in CI");
    }
    return Quote.check(block.lines(), read(file).lines().toList()).map(drift -> block.where() + ": the block drifted"
        + " from " + source + " at its line " + block.lineOf(drift.index()) + ", `" + drift.line() + "`: "
        + drift.expectedAfter().map(after -> "after `" + after + "` the file has "
            + drift.fileHas().map(has -> "`" + has + "`").orElse("nothing more")).orElse("the file has no such line")
        + ". Copy the lines from the file again, or mark what is left out with a line `// ...`");
  }

  private static void assertNone(List<String> problems) {
    if (!problems.isEmpty()) {
      fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
    }
  }

  /** README.md and the guide's pages: the pages whose examples must be true. */
  private static List<CodeBlock> codeBlocks() {
    List<MarkdownPage> pages = new ArrayList<>();
    pages.add(page("README.md"));
    pages.addAll(markdownUnder("docs/guide"));
    assertThat(pages).as("README.md and the pages of docs/guide").hasSizeGreaterThan(1);
    return pages.stream().flatMap(page -> page.codeBlocks().stream()).toList();
  }

  /** README.md and every page under docs/: the pages whose links must resolve. */
  private static List<MarkdownPage> linkedPages() {
    List<MarkdownPage> pages = new ArrayList<>();
    pages.add(page("README.md"));
    pages.addAll(markdownUnder("docs"));
    return pages;
  }

  private static List<MarkdownPage> markdownUnder(String directory) {
    try (Stream<Path> files = Files.walk(ROOT.resolve(directory))) {
      return files.filter(file -> file.toString().endsWith(".md")).sorted()
          .map(file -> MarkdownPage.read(ROOT, ROOT.relativize(file))).toList();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static MarkdownPage page(String path) {
    return MarkdownPage.read(ROOT, Path.of(path));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
