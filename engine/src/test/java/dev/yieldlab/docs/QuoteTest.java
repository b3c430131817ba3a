package dev.yieldlab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A quoted block against its file")
class QuoteTest {

  static final List<String> FILE = List.of(
      "class Sleepers {",
      "",
      "  @Run(\"three sleeps\")",
      "  void staggered(Loop loop) {",
      "    loop.gather(sleeper(loop, \"slow\", 30), sleeper(loop, \"fast\", 10));",
      "  }",
      "",
      "  @Check(\"the earliest deadline wakes first\")",
      "  void earliestFirst(Runs runs) {",
      "    assertThat(runs.get(\"staggered\").timeline()).logs().containsExactly(\"fast woke\", \"slow woke\");",
      "  }",
      "}");

  @Test
  @DisplayName("matches at another indentation, blank lines aside")
  void indentationAndBlankLinesAside() {
    assertThat(Quote.check(List.of("@Run(\"three sleeps\")", "void staggered(Loop loop) {", "",
        "loop.gather(sleeper(loop, \"slow\", 30), sleeper(loop, \"fast\", 10));"), FILE)).isEmpty();
  }

  @Test
  @DisplayName("skips what a `// ...` line leaves out, and only there")
  void elisions() {
    assertThat(Quote.check(List.of("class Sleepers {", "  // ...", "  void earliestFirst(Runs runs) {"), FILE)).isEmpty();
    assertThat(Quote.check(List.of("class Sleepers {", "  void earliestFirst(Runs runs) {"), FILE))
        .hasValueSatisfying(drift -> {
          assertThat(drift.index()).isEqualTo(1);
          assertThat(drift.expectedAfter()).contains("class Sleepers {");
          assertThat(drift.fileHas()).contains("@Run(\"three sleeps\")");
        });
  }

  @Test
  @DisplayName("names the line that drifted from its file and what the file has there")
  void drift() {
    assertThat(Quote.check(List.of("void staggered(Loop loop) {",
        "  loop.gather(sleeper(loop, \"slow\", 30), sleeper(loop, \"fast\", 20));"), FILE))
        .hasValueSatisfying(drift -> {
          assertThat(drift.index()).isEqualTo(1);
          assertThat(drift.line()).contains("\"fast\", 20");
          assertThat(drift.fileHas()).hasValueSatisfying(has -> assertThat(has).contains("\"fast\", 10"));
        });
    assertThat(Quote.check(List.of("void neverWritten() {"), FILE))
        .hasValueSatisfying(drift -> assertThat(drift.expectedAfter()).isEmpty());
  }

  @Test
  @DisplayName("keeps the file's order: runs of lines in another order do not match")
  void order() {
    assertThat(Quote.check(List.of("void earliestFirst(Runs runs) {", "// ...", "void staggered(Loop loop) {"), FILE))
        .hasValueSatisfying(drift -> assertThat(drift.index()).isEqualTo(2));
  }
}
