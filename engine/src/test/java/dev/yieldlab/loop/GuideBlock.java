package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code block of a guide page and the test code between {@code // guide:begin} and
 * {@code // guide:end} that runs it, compared line by line (indentation aside), so that the guide's
 * examples cannot rot.
 */
final class GuideBlock {

  private GuideBlock() {}

  /**
   * The lines of {@code page}'s (relative to the repository's root) {@code java} block that starts with
   * {@code firstLine}, which must equal the lines between the markers of {@code testSource} (relative
   * to the engine module); returns them.
   */
  static List<String> matches(String page, String firstLine, String testSource) throws IOException {
    String text = Files.readString(Path.of("..").resolve(page));
    Matcher block = Pattern.compile("(?s)```java\\n(" + Pattern.quote(firstLine) + ".*?)```").matcher(text);
    assertThat(block.find()).as("%s has a java block starting with %s", page, firstLine).isTrue();
    String source = Files.readString(Path.of(testSource));
    String example = source.substring(source.indexOf("// guide:begin") + "// guide:begin".length(),
        source.indexOf("    // guide:end"));
    List<String> pageLines = block.group(1).strip().lines().map(String::strip).toList();
    List<String> exampleLines = example.strip().lines().map(String::strip).toList();
    assertThat(pageLines).isEqualTo(exampleLines);
    return pageLines;
  }
}
