package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --add-exports} flag can only be missing from a JVM's start, so this starts a real one:
 * the same java binary and classpath as this test, without the flag.
 */
@DisplayName("Without --add-exports")
class MissingExportTest {

  @TempDir Path temp;

  @Test
  @DisplayName("a JVM without the flag stops with the one message that names the flag, not an IllegalAccessError")
  void childJvmWithoutFlagExplainsIt() throws Exception {
    Result child = runProbe(List.of());
    assertThat(child.exitCode).as("exit code; stderr:%n%s", child.stderr).isNotZero();
    assertThat(child.stderr).contains(MissingExportException.class.getName())
        .contains(ContinuationAccess.MISSING_EXPORT_MESSAGE)
        .doesNotContain("IllegalAccessError");
    assertThat(child.stdout).doesNotContain("ran");
  }

  @Test
  @DisplayName("the same child JVM with the flag runs the loop (so the failure above is the flag's doing)")
  void childJvmWithFlagRuns() throws Exception {
    Result child = runProbe(List.of("--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"));
    assertThat(child.exitCode).as("exit code; stderr:%n%s", child.stderr).isZero();
    assertThat(child.stdout).contains("ran");
  }

  @Test
  @DisplayName("the engine in a JVM without the flag fails the run with that message, and its check is aborted")
  void engineWithoutFlagExplainsIt() throws Exception {
    Result child = runProbe(List.of(), dev.yieldlab.junit.EngineWithoutExportProbe.class.getName());
    assertThat(child.exitCode).as("exit code; stderr:%n%s", child.stderr).isZero();
    assertThat(child.stdout)
        .contains("FAILED " + MissingExportException.class.getName() + ": " + ContinuationAccess.MISSING_EXPORT_MESSAGE)
        .contains("ABORTED org.opentest4j.TestAbortedException: run 'whichClock' failed")
        .doesNotContain("IllegalAccessError");
  }

  private Result runProbe(List<String> jvmOptions) throws Exception {
    return runProbe(jvmOptions, MissingExportProbe.class.getName());
  }

  private Result runProbe(List<String> jvmOptions, String mainClass) throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not end within 60 s: " + String.join(" ", command));
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(int exitCode, String stdout, String stderr) {}

}
