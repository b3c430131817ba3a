package dev.yieldlab.allure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file complete or not at all: the bytes go to a temporary file in the target's directory,
 * which is then renamed onto the target in one step. A JVM killed mid-write (SIGKILL, the OOM
 * killer, a CI timeout) leaves at most a temporary file behind, never a truncated target that a
 * report generator would read and choke on.
 *
 * <p>Temporary names start with {@value #TEMP_PREFIX} and end with {@value #TEMP_SUFFIX}, so they
 * never match what Allure reads ({@code *-result.json}, {@code *-container.json},
 * {@code *-attachment*}, {@code environment.properties}, {@code categories.json}). The file is not
 * forced to disk: the rename is atomic for the processes of the machine, which is what a killed JVM
 * needs; a power cut is out of scope.
 */
final class AtomicFiles {

  static final String TEMP_PREFIX = ".yieldlab-partial-";
  static final String TEMP_SUFFIX = ".tmp";

  /** What writes the content; the stream is closed by {@link #write}. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  static void writeString(Path target, String text, Charset charset) throws IOException {
    write(target, out -> out.write(text.getBytes(charset)));
  }

  static void write(Path target, Content content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    // Same directory as the target: a rename across file systems would be a copy, not atomic.
    // Not Files.createTempFile: its owner-only permissions would stick to the result file.
    Path temp = directory.resolve(TEMP_PREFIX + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      rename(temp, target);
    } catch (IOException | RuntimeException | Error failed) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        failed.addSuppressed(cleanup);
      }
      throw failed;
    }
  }

  private static void rename(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException unsupported) {
      // Not seen on local file systems; a plain replacing rename is still better than writing in place.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
