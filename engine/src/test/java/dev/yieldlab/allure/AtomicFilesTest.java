package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  Path directory;

  @Test
  void writesTheWholeContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = directory.resolve("nested/categories.json");
    AtomicFiles.writeString(target, "[\"" + HostileText.KOREAN_LOG + "\"]", StandardCharsets.UTF_8);

    assertThat(target).hasContent("[\"" + HostileText.KOREAN_LOG + "\"]");
    assertThat(names(target.getParent())).containsExactly("categories.json");
  }

  @Test
  void aWriteThatFailsHalfwayKeepsThePreviousFileAndRemovesItsTemporaryFile() throws IOException {
    Path target = directory.resolve("x-result.json");
    AtomicFiles.writeString(target, "{\"complete\":true}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("{\"half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(target).hasContent("{\"complete\":true}");
    assertThat(names(directory)).containsExactly("x-result.json");
  }

  @Test
  void replacesAnExistingFileWhole() throws IOException {
    Path target = directory.resolve("environment.properties");
    AtomicFiles.writeString(target, "a much longer first version\n".repeat(100), StandardCharsets.ISO_8859_1);
    AtomicFiles.writeString(target, "short=1\n", StandardCharsets.ISO_8859_1);

    assertThat(target).hasContent("short=1\n");
  }

  private static Stream<String> namesOf(Path dir) throws IOException {
    return Files.list(dir).map(p -> p.getFileName().toString());
  }

  private static java.util.List<String> names(Path dir) throws IOException {
    try (Stream<String> names = namesOf(dir)) {
      return names.toList();
    }
  }
}
