package dev.yieldlab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.docs.MarkdownPage.Link;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A markdown page, as the docs tests read it")
class MarkdownPageTest {

  static final MarkdownPage PAGE = new MarkdownPage(Path.of("docs/guide/page.md"), List.of(
      "# Real I/O: sockets, futures and threads (claim C7)",
      "",
      "See [the waiting",
      "primitives](waiting.md#coroutines-that-wait) and `[not a link](nowhere.md)`.",
      "",
      "<!-- quoted from experiments/X.java -->",
      "```java",
      "String s = \"[in code](nowhere.md)\";",
      "```",
      "",
      "## `Loop.await` and `toThread`",
      "## `Loop.await` and `toThread`",
      "![a picture](../report-timeline.png \"its title\")"));

  @Test
  @DisplayName("finds links that wrap, outside code, with the line they start on")
  void links() {
    assertThat(PAGE.links()).containsExactly(
        new Link("waiting.md#coroutines-that-wait", 3), new Link("../report-timeline.png", 13));
  }

  @Test
  @DisplayName("gives each code block the line above it")
  void codeBlocks() {
    assertThat(PAGE.codeBlocks()).singleElement().satisfies(block -> {
      assertThat(block.language()).isEqualTo("java");
      assertThat(block.above()).isEqualTo("<!-- quoted from experiments/X.java -->");
      assertThat(block.lines()).containsExactly("String s = \"[in code](nowhere.md)\";");
      assertThat(block.where()).isEqualTo("docs/guide/page.md:7");
    });
  }

  @Test
  @DisplayName("makes GitHub's anchors of its headings, repeats numbered")
  void anchors() {
    assertThat(PAGE.anchors()).containsExactly("real-io-sockets-futures-and-threads-claim-c7",
        "loopawait-and-tothread", "loopawait-and-tothread-1");
  }
}
