package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A file written through {@link AtomicFiles} is there whole, or its previous version is. */
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

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void theFileGetsThePermissionsOfAFileWrittenInPlace() throws IOException {
    Path plain = Files.writeString(directory.resolve("plain-result.json"), "{}");
    Path atomic = directory.resolve("atomic-result.json");
    AtomicFiles.writeString(atomic, "{}", StandardCharsets.UTF_8);

    // Files.createTempFile would have made it owner-only, and a CI user publishing the results could not read it.
    assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).toList();
    }
  }
}
