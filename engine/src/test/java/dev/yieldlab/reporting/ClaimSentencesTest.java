package dev.yieldlab.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClaimSentencesTest {

  @Test
  void readsIdTabSentenceLinesInOrderSkippingCommentsAndBlankLines() throws Exception {
    String tsv = "# comment\tnot a claim\n\nC2\tsecond: a\ttab stays\nC1\t비동기 첫 번째 \n";

    ClaimSentences sentences = ClaimSentences.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));

    assertThat(sentences.asMap()).containsExactly(
        java.util.Map.entry("C2", "second: a\ttab stays"), java.util.Map.entry("C1", "비동기 첫 번째"));
  }

  @Test
  void linesThatSayNoClaimAreProblemsWithTheirLineNumbersAndTheValidOnesStillCount() throws Exception {
    String tsv = "C1 spaces, not a tab\nC2\tkept\n\tno id\nC3\t\nC2\tagain\n";

    ClaimSentences sentences = ClaimSentences.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));

    assertThat(sentences.asMap()).containsExactly(java.util.Map.entry("C2", "kept"));
    assertThat(sentences.problems()).extracting(ClaimSentences.Problem::line).containsExactly(1, 3, 4, 5);
    assertThat(sentences.problems().getFirst().message()).startsWith("yieldlab/claims.tsv line 1 has no TAB");
  }

  @Test
  void noResourceMeansNoSentences() {
    ClassLoader empty = new ClassLoader(null) {};

    assertThat(ClaimSentences.load(empty).asMap()).isEmpty();
  }
}
