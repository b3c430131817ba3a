package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void escapesEveryCharacterThatOpensMarkupOrEndsAnAttribute() {
    assertThat(Markup.escape("<script>alert(\"x\" & 'y')</script>"))
        .isEqualTo("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
  }

  @Test
  void keepsKoreanAndOtherNonAsciiTextAsIs() {
    assertThat(Markup.escape(HostileText.KOREAN_LOG)).isEqualTo(HostileText.KOREAN_LOG);
    assertThat(Markup.escape("emoji \uD83D\uDE00 stays")).isEqualTo("emoji \uD83D\uDE00 stays");
  }

  @Test
  void replacesCharactersThatXmlForbidsSoTheSvgStillParses() {
    assertThat(Markup.escape(HostileText.CONTROL_CHARS)).isEqualTo("bell\uFFFD and nul\uFFFD");
  }

  @Test
  void keepsLineBreaksInTextButMarksThemInSingleLineLabels() {
    assertThat(Markup.escape(HostileText.MULTILINE_LOG)).contains("\n");
    assertThat(Markup.escapeLine(HostileText.MULTILINE_LOG))
        .doesNotContain("\n", "\r")
        .isEqualTo("line one\u23CEline two\u23CEline three");
  }

  @Test
  void treatsNullAsEmpty() {
    assertThat(Markup.escape(null)).isEmpty();
  }
}
