package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed with SIGKILL while it writes Allure results leaves only complete files: it is done
 * for real, several times, at random moments, and the directory is then read as a reader would.
 */
@DisplayName("Allure results after a SIGKILL")
class AtomicResultsKillTest {

  private static final int KILLS = 6;

  @TempDir
  Path results;

  @Test
  @DisplayName("a JVM killed at random moments while writing results leaves only complete files, none misnamed")
  void killedWriterLeavesOnlyCompleteFiles() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int leftovers = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Process child = startChild("child" + kill);
      try {
        awaitReady(child);
        Thread.sleep(random.nextInt(400));
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
      } finally {
        child.destroyForcibly();
      }
      ResultsDirectoryCheck check = ResultsDirectoryCheck.of(results);
      assertThat(check.problems()).as("incomplete files after kill %d (seed %d)", kill, seed).isEmpty();
      leftovers = check.leftovers();
    }
    ResultsDirectoryCheck last = ResultsDirectoryCheck.of(results);
    assertThat(last.results()).as("results written by the killed JVMs").isGreaterThanOrEqualTo(KILLS);
    // Each JVM spends most of its time inside writes, so kills landed mid-write and left temporary
    // files; if none did, this test proved nothing about truncation.
    assertThat(leftovers).as("temporary files left by kills that landed inside a write (seed %d)", seed)
        .isPositive();
  }

  @Test
  @DisplayName("the check itself finds a truncated result, a truncated attachment and a misnamed temporary file")
  void theCheckFindsWhatAPlainWriterLeaves() throws IOException {
    // What Allure's own FileSystemResultsWriter leaves when killed mid-write: the start of a file.
    Files.writeString(results.resolve("a-result.json"), "{\"uuid\":\"a\",\"name\":\"cut he");
    Files.writeString(results.resolve("a-log-attachment.txt"), "line 0 of 40000");
    Files.writeString(results.resolve(AtomicFiles.TEMP_PREFIX + "x-result.json"), "{}");

    assertThat(ResultsDirectoryCheck.of(results).problems()).hasSize(3)
        .anyMatch(problem -> problem.startsWith("a-result.json"))
        .anyMatch(problem -> problem.startsWith("a-log-attachment.txt: text attachment incomplete"))
        .anyMatch(problem -> problem.contains("unexpected file"));
  }

  private Process startChild(String prefix) throws IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    return new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        ResultsWritingChild.class.getName(), results.toString(), prefix))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static void awaitReady(Process child) throws IOException {
    // The first complete round is out: from here on the child is always writing something.
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("the child's first line").isEqualTo(ResultsWritingChild.READY);
  }
}
