package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A README code block and the test code between {@code // README:begin} and {@code // README:end}
 * that runs it, compared line by line (indentation aside), so that the README's examples cannot rot.
 */
final class ReadmeBlock {

  private ReadmeBlock() {}

  /**
   * The lines of README.md's {@code java} block that starts with {@code firstLine}, which must equal
   * the lines between the markers of {@code testSource} (relative to the engine module); returns them.
   */
  static List<String> matches(String firstLine, String testSource) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher block = Pattern.compile("(?s)```java\\n(" + Pattern.quote(firstLine) + ".*?)```").matcher(readme);
    assertThat(block.find()).as("README.md has a java block starting with %s", firstLine).isTrue();
    String source = Files.readString(Path.of(testSource));
    String example = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
        source.indexOf("    // README:end"));
    List<String> readmeLines = block.group(1).strip().lines().map(String::strip).toList();
    List<String> exampleLines = example.strip().lines().map(String::strip).toList();
    assertThat(readmeLines).isEqualTo(exampleLines);
    return readmeLines;
  }
}
